package org.onetrip.kiosk.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link IdentityKeyProbe} in a new JVM, as a restarted kiosk, and returns what it printed. */
final class KioskRestart {

    private static final long TIMEOUT_SECONDS = 120;

    private KioskRestart() {
    }

    /**
     * @param umask the new JVM's umask (e.g. {@code 000}), or null for this one's
     * @param work  a directory for the JVM's output
     * @return the {@code name=value} lines the probe printed
     */
    static Map<String, String> run(String umask, Path work, String... probeArguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        if (umask != null) {
            command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
        }
        command.addAll(List.of(java, "-cp", classPath, IdentityKeyProbe.class.getName()));
        command.addAll(List.of(probeArguments));
        Path output = Files.createTempFile(work, "probe", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the restarted kiosk did not finish within " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the restarted kiosk failed (exit " + process.exitValue() + "): " + printed);
        }
        Map<String, String> values = new LinkedHashMap<>();
        printed.lines().filter(line -> line.contains("=")).forEach(line -> {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1));
        });
        return values;
    }
}
