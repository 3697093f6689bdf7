package org.onetrip.bench.screens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The soak's JVM: like {@link HeadlessFxJvm}, but what it printed is kept even when it dies (a
 * leak ends a long day in an OutOfMemoryError), since the samples before that are the finding.
 */
final class SoakChild {

    /**
     * @param results    the tab-separated result lines it printed
     * @param violations the violations it printed, as JSON, in the order found
     * @param ending     how it ended: "exit 0", another exit code with its last error line, or the time-out
     */
    record Ran(List<String[]> results, List<String> violations, String ending) {
    }

    /**
     * The kiosk's own heap (-Xmx512m in deploy/onetrip.service) and room for what shares the soak's
     * JVM: the reference backend, the device simulators and the day's checks. Without a limit the
     * software renderer's softly held image pool grows into a quarter of the machine's memory,
     * which no kiosk has.
     */
    static final String HEAP = "-Xmx1g";

    private SoakChild() {
    }

    static Ran run(Duration limit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dheadless.geometry=1080x1920-32", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dsun.net.httpserver.nodelay=true", HEAP,
                // softly held caches untouched since the collection before go at the next one
                "-XX:SoftRefLRUPolicyMSPerMB=0",
                // as the kiosk's service runs it: a page's pixels wait out native image code
                "-XX:+UnlockDiagnosticVMOptions", "-XX:GCLockerRetryAllocationCount=100"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SoakDay.class.getName());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("onetrip-soak", ".log");
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String ending;
            if (!child.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                ending = "did not finish in " + limit;
            } else {
                ending = "exit " + child.exitValue();
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String[]> results = new ArrayList<>();
            List<String> violations = new ArrayList<>();
            String lastError = "";
            for (String line : lines) {
                String[] fields = line.split("\\t");
                if (fields[0].equals(HeadlessFxJvm.RESULT)) {
                    results.add(fields);
                } else if (fields[0].equals("violation") && fields.length > 1) {
                    violations.add(fields[1]);
                } else if (line.contains("Error") || line.contains("Exception")) {
                    lastError = line.strip();
                }
            }
            if (!ending.equals("exit 0") && !lastError.isEmpty()) {
                ending += " (" + (lastError.length() > 160 ? lastError.substring(0, 160) + "…" : lastError) + ")";
            }
            return new Ran(results, violations, ending);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
