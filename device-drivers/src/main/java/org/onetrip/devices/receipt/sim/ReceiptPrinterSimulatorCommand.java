package org.onetrip.devices.receipt.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.onetrip.devices.receipt.layout.PaperWidth;

/**
 * {@code onetrip sim receipt-printer --tcp PORT [--serial-link PATH] --out DIR [--paper 58|80] [--baud N]}:
 * runs the simulated printer until stopped, writing a PNG of every receipt into DIR.
 */
public final class ReceiptPrinterSimulatorCommand {
    static final String USAGE = "usage: sim receipt-printer --tcp PORT [--serial-link PATH] --out DIR [--paper 58|80] [--baud N]";

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CompletableFuture<ReceiptPrinterSimulator> started = new CompletableFuture<>();

    /** Blocks until {@link #stop()} or interruption. Exit code 0, or 2 for a usage error. */
    public int run(String[] args, PrintStream out) {
        Integer tcp = null;
        Path link = null;
        Path dir = null;
        PaperWidth paper = PaperWidth.MM80;
        int baud = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--tcp" -> tcp = port(value(args, ++i, "--tcp"));
                    case "--serial-link" -> link = Path.of(value(args, ++i, "--serial-link"));
                    case "--out" -> dir = Path.of(value(args, ++i, "--out"));
                    case "--paper" -> paper = PaperWidth.ofMillimetres(number(value(args, ++i, "--paper"), "--paper"));
                    case "--baud" -> baud = number(value(args, ++i, "--baud"), "--baud");
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
            }
            if (tcp == null || dir == null) {
                throw new IllegalArgumentException("--tcp PORT and --out DIR are required");
            }
        } catch (IllegalArgumentException e) {
            out.println("sim receipt-printer: " + e.getMessage());
            out.println(USAGE);
            started.completeExceptionally(e);
            return 2;
        }
        ReceiptImageRenderer renderer = ReceiptImageRenderer.withCjkFont(ReceiptImageRenderer.WQY_ZEN_HEI);
        try (ReceiptPrinterSimulator sim = new ReceiptPrinterSimulator(paper,
                new ReceiptPrinterSimulator.Settings("OneTrip SIM-" + paper.millimetres(), "SIM 1.4.2", baud, Optional.of(dir)),
                Optional.of(renderer))) {
            TcpSimulatorEndpoint endpoint = sim.listenTcp(tcp);
            out.println("receipt printer simulator on 127.0.0.1:" + endpoint.port() + ", " + paper.millimetres()
                    + " mm paper; receipts go to " + dir.toAbsolutePath());
            if (link != null) {
                PtySimulatorEndpoint pty = sim.attachPty(Optional.of(link));
                out.println("serial side: " + pty.portPath());
            }
            out.flush();
            started.complete(sim);
            stop.await();
            return 0;
        } catch (IOException e) {
            out.println("sim receipt-printer: " + e.getMessage());
            started.completeExceptionally(e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Completes with the simulator once it listens, for tests and tools in the same process. */
    public CompletableFuture<ReceiptPrinterSimulator> started() {
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
        int n = number(s, "--tcp");
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException("--tcp must be 0..65535, was " + n);
        }
        return n;
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was '" + s + "'");
        }
    }
}
