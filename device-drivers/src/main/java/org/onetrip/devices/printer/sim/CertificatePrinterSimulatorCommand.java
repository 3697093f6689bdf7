package org.onetrip.devices.printer.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code onetrip sim certificate-printer --port N --out DIR [--print-time DURATION]}: runs the
 * IPP printer simulator until stopped, saving every printed PDF into DIR. It is steered by
 * posting a command line to its control address, e.g.
 * {@code curl -d media-jam http://127.0.0.1:N/control} (see {@link IppPrinterSimulator#steer}).
 */
public final class CertificatePrinterSimulatorCommand {
    static final String USAGE = "usage: sim certificate-printer --port N --out DIR [--print-time DURATION, e.g. 1500ms]";

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CompletableFuture<IppPrinterSimulator> started = new CompletableFuture<>();

    /** Blocks until {@link #stop()} or interruption. Exit code 0, 1 when it cannot listen, 2 for a usage error. */
    public int run(String[] args, PrintStream out) {
        Integer port = null;
        Path dir = null;
        Duration printTime = IppPrinterSimulator.DEFAULT_PRINT_TIME;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = port(value(args, ++i, "--port"));
                    case "--out" -> dir = Path.of(value(args, ++i, "--out"));
                    case "--print-time" -> printTime = IppPrinterSimulator.duration(value(args, ++i, "--print-time"));
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
            }
            if (port == null || dir == null) {
                throw new IllegalArgumentException("--port N and --out DIR are required");
            }
        } catch (IllegalArgumentException e) {
            out.println("sim certificate-printer: " + e.getMessage());
            out.println(USAGE);
            started.completeExceptionally(e);
            return 2;
        }
        try (IppPrinterSimulator simulator = new IppPrinterSimulator(port, Optional.of(dir), printTime)) {
            out.println("certificate printer simulator on " + simulator.uri() + "; printed PDFs go to "
                    + dir.toAbsolutePath());
            out.println("steer it with: curl -d media-jam http://127.0.0.1:" + simulator.port()
                    + IppPrinterSimulator.CONTROL_PATH + "  (media-empty, media-jam, door-open, pause, ready, "
                    + "slow 30s, fast, drop 3, status, jobs)");
            out.flush();
            started.complete(simulator);
            stop.await();
            return 0;
        } catch (IOException e) {
            out.println("sim certificate-printer: cannot listen on port " + port + ": " + e.getMessage());
            started.completeExceptionally(e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Completes with the simulator once it listens, for tests and tools in the same process. */
    public CompletableFuture<IppPrinterSimulator> started() {
        return started;
    }

    public void stop() {
        stop.countDown();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String s) {
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was '" + s + "'");
        }
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535, was " + n);
        }
        return n;
    }
}
