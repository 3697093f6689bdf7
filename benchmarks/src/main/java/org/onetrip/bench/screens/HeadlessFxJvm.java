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
 * A JVM of its own for a JavaFX benchmark: the same JDK and class path as the runner, with
 * Monocle's headless glass on the kiosk's portrait screen and software rendering, set on the
 * command line so they hold before the toolkit starts. JavaFX starts once per JVM, which is also
 * why each run needs a JVM of its own.
 */
final class HeadlessFxJvm {

    /** Lines a child prints for the runner start with this, then tab-separated fields. */
    static final String RESULT = "result";

    private static final List<String> PROPERTIES = List.of(
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dheadless.geometry=1080x1920-32",
            "-Dprism.order=sw",
            "-Djava.awt.headless=true",
            // the reference backend's HTTP server answers at once instead of after a delayed ACK
            "-Dsun.net.httpserver.nodelay=true");

    private HeadlessFxJvm() {
    }

    /**
     * What a child printed for the runner.
     *
     * @param launchedAtMillis the wall-clock time just before the child's process was started
     * @param results the tab-separated fields of each line it printed starting with {@link #RESULT}
     */
    record Finished(long launchedAtMillis, List<String[]> results) {
    }

    /**
     * Runs {@code main} to its end.
     *
     * @throws IllegalStateException if it fails or outlives {@code limit}, with its output
     */
    static Finished run(Class<?> main, Duration limit, String... args) throws IOException, InterruptedException {
        return run(main, limit, List.of(), args);
    }

    /** Runs {@code main} to its end, with {@code jvmOptions} before the class path. */
    static Finished run(Class<?> main, Duration limit, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(PROPERTIES);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("onetrip-fx-bench", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            long launchedAt = System.currentTimeMillis();
            Process child = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!child.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                throw new IllegalStateException(main.getSimpleName() + " did not finish in " + limit + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (child.exitValue() != 0) {
                throw new IllegalStateException(main.getSimpleName() + " failed: " + String.join("\n", lines));
            }
            List<String[]> results = new ArrayList<>();
            for (String line : lines) {
                String[] fields = line.split("\t");
                if (fields[0].equals(RESULT)) {
                    results.add(fields);
                }
            }
            return new Finished(launchedAt, results);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
