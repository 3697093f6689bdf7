package org.onetrip.kiosk.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;

/**
 * The reference backend as a process of its own (an open test double, as {@link RunningBackend}), so that
 * a test can have it die for real, and start it again on the same data and port. Every request it answers
 * is logged to its standard output ({@code POST /api/v1/... -> 200 ...}): what the backend received.
 *
 * <p>Arguments of {@link #main}: {@code <port> <dataDir> [MODE:pathPrefix ...]}, each a fault rule that hits
 * every request under the prefix, as {@code CRASH:/api/v1/submissions/ID/commit} commits that filing
 * and then stops the process without answering ({@link FaultMode#CRASH}).
 */
public final class BackendProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private BackendProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "backend process output");
        this.reader.setDaemon(true);
    }

    /** Starts the backend on {@code port} with its data in {@code data}, and returns once it listens. */
    public static BackendProcess start(int port, Path data, String... faults) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dlogback.configurationFile=backend-process-logback.xml",
                "-cp", System.getProperty("java.class.path"), BackendProcess.class.getName(),
                Integer.toString(port), data.toString()));
        command.addAll(List.of(faults));
        BackendProcess backend = new BackendProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        backend.reader.start();
        if (!backend.await(l -> l.startsWith("listening "), Duration.ofSeconds(60))) {
            backend.close();
            throw new IllegalStateException("the backend process did not start: " + backend.lines());
        }
        return backend;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ReferenceBackend backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(Integer.parseInt(args[0]), Path.of(args[1]));
        for (String fault : List.of(args).subList(2, args.length)) {
            int colon = fault.indexOf(':');
            backend.faults().add(FaultRule.always(FaultMode.valueOf(fault.substring(0, colon)))
                    .onlyUnder(fault.substring(colon + 1)));
        }
        System.out.println("listening " + backend.baseUri());
        System.out.flush();
        System.in.read(); // until the test closes standard input, or the process is stopped
        backend.stop();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone: its lines so far are all there are
        }
    }

    /** Waits until a line the backend printed matches, or {@code timeout} passes. */
    public synchronized boolean await(java.util.function.Predicate<String> line, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines.stream().noneMatch(line)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Where the backend listens, as it printed it. */
    public synchronized URI baseUri() {
        return lines.stream().filter(l -> l.startsWith("listening ")).findFirst()
                .map(l -> URI.create(l.substring("listening ".length()))).orElseThrow();
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits for the process to end by itself; its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the backend process is still running after " + timeout);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // already gone
            }
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }
}
