package org.onetrip.devices.scanner.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code onetrip sim scanner --port PORT}: runs the simulated eSCL scanner on 127.0.0.1 until stopped,
 * with five sheets in its feeder (document, document, skewed, blank, document) and a document on the glass.
 * It is steered over HTTP under {@code /sim/} (see {@link EsclScannerSimulator}).
 */
public final class ScannerSimulatorCommand {
    static final String USAGE = "usage: sim scanner --port PORT   (0 picks a free port)";

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CompletableFuture<EsclScannerSimulator> started = new CompletableFuture<>();

    /** Blocks until {@link #stop()} or interruption. Exit code 0, 1 when the port cannot be opened, 2 for a usage error. */
    public int run(String[] args, PrintStream out) {
        int port;
        try {
            port = port(args);
        } catch (IllegalArgumentException e) {
            out.println("sim scanner: " + e.getMessage());
            out.println(USAGE);
            started.completeExceptionally(e);
            return 2;
        }
        try (EsclScannerSimulator simulator = EsclScannerSimulator.start(port)) {
            simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT, SimulatedPage.SKEWED,
                    SimulatedPage.BLANK, SimulatedPage.DOCUMENT));
            out.println("eSCL scanner simulator at " + simulator.url() + " (" + simulator.state() + ")");
            out.println("steer it with e.g. curl -d 'document blank corrupt' " + "http://127.0.0.1:" + simulator.port()
                    + "/sim/feeder; POST /sim/jam, /sim/cover-open, /sim/offline, /sim/online, /sim/clear; GET /sim/state");
            out.flush();
            started.complete(simulator);
            stop.await();
            return 0;
        } catch (IOException e) {
            out.println("sim scanner: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            started.completeExceptionally(e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Completes with the simulator once it listens, for tests and tools in the same process. */
    public CompletableFuture<EsclScannerSimulator> started() {
        return started;
    }

    public void stop() {
        stop.countDown();
    }

    private static int port(String[] args) {
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--port needs a number");
                }
                String text = args[++i];
                try {
                    port = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--port must be a number, was '" + text + "'");
                }
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException("--port must be 0..65535, was " + port);
                }
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port PORT is required");
        }
        return port;
    }
}
