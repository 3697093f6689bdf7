package org.onetrip.devices.codescanner.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.ScanMode;

/**
 * {@code onetrip sim code-scanner --serial-link PATH [--mode continuous|triggered] [--prefix BYTES]
 * [--suffix BYTES] [--trigger BYTES] [--stop BYTES] [--hold CODE]}: runs the simulated scanner
 * until its input ends; every line typed is a code shown to it once. {@code --hold CODE} keeps a
 * code in front of it from the start. BYTES take {@code \r}, {@code \n} and {@code \xHH}.
 */
public final class CodeScannerSimulatorCommand {

    static final String USAGE = "usage: sim code-scanner --serial-link PATH [--mode continuous|triggered]"
            + " [--prefix BYTES] [--suffix BYTES] [--trigger BYTES] [--stop BYTES] [--hold CODE]";

    private final CompletableFuture<CodeScannerSimulator> started = new CompletableFuture<>();

    /** Blocks until {@code in} ends. Exit code 0, 1 when the pseudo-terminal cannot be made, 2 for a usage error. */
    public int run(String[] args, InputStream in, PrintStream out) {
        Path link = null;
        String hold = null;
        CodeScannerSettings settings = CodeScannerSettings.continuous();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--serial-link" -> link = Path.of(value(args, ++i, "--serial-link"));
                    case "--mode" -> settings = settings.withMode(mode(value(args, ++i, "--mode")));
                    case "--prefix" -> settings = settings.withFraming(
                            CodeScannerSettings.parseBytes(value(args, ++i, "--prefix")), settings.suffix());
                    case "--suffix" -> settings = settings.withFraming(settings.prefix(),
                            CodeScannerSettings.parseBytes(value(args, ++i, "--suffix")));
                    case "--trigger" -> settings = settings.withCommands(
                            CodeScannerSettings.parseBytes(value(args, ++i, "--trigger")), settings.stop());
                    case "--stop" -> settings = settings.withCommands(settings.trigger(),
                            CodeScannerSettings.parseBytes(value(args, ++i, "--stop")));
                    case "--hold" -> hold = value(args, ++i, "--hold");
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
            }
            if (link == null) {
                throw new IllegalArgumentException("--serial-link PATH is required");
            }
        } catch (IllegalArgumentException e) {
            out.println("sim code-scanner: " + e.getMessage());
            out.println(USAGE);
            started.completeExceptionally(e);
            return 2;
        }
        try (CodeScannerSimulator sim = new CodeScannerSimulator(settings, Optional.of(link))) {
            if (hold != null) {
                sim.hold(hold);
            }
            out.println("code scanner simulator on " + sim.portPath() + " (" + settings.mode().name().toLowerCase()
                    + "); type a code and Enter to show it, end input to stop");
            out.flush();
            started.complete(sim);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    sim.present(line.strip());
                }
            }
            return 0;
        } catch (IOException e) {
            out.println("sim code-scanner: " + e.getMessage());
            started.completeExceptionally(e);
            return 1;
        }
    }

    /** Completes with the simulator once it serves, for tests in the same process. */
    public CompletableFuture<CodeScannerSimulator> started() {
        return started;
    }

    private static ScanMode mode(String value) {
        return switch (value) {
            case "continuous" -> ScanMode.CONTINUOUS;
            case "triggered" -> ScanMode.TRIGGERED;
            default -> throw new IllegalArgumentException("--mode must be continuous or triggered, was '" + value + "'");
        };
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
