package org.onetrip.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code onetrip backend} in a JVM of its own with a small heap that exits on the first
 * {@link OutOfMemoryError}, so a test can tell "stayed within its heap" from "ran out".
 */
final class ChildBackend implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(https://127\\.0\\.0\\.1:\\d+/api/v1/)");

    private final Process process;
    private final URI baseUri;
    private final List<String> output = new ArrayList<>();

    ChildBackend(String maxHeap, Path dataDir, String... extraArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "-cp", classPath, ReferenceBackendCommand.class.getName(),
                "--port", "0", "--data", dataDir.toString()));
        command.addAll(List.of(extraArgs));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(url), "child-backend-output");
        reader.setDaemon(true);
        reader.start();
        try {
            baseUri = url.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("the child backend did not start: " + output(), e);
        }
    }

    private void read(CompletableFuture<URI> url) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    url.complete(URI.create(m.group(1)));
                }
            }
            url.completeExceptionally(new IllegalStateException("the child backend exited"));
        } catch (IOException e) {
            url.completeExceptionally(new UncheckedIOException(e));
        }
    }

    URI baseUri() {
        return baseUri;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
