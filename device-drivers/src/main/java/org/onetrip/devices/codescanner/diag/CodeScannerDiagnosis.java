package org.onetrip.devices.codescanner.diag;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.ScanMode;
import org.onetrip.devices.codescanner.serial.SerialCodeScanner;
import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.transport.serial.SerialPortTransport;

/**
 * {@code onetrip diag code-scanner --serial PATH [--baud N] [--mode continuous|triggered]
 * [--prefix BYTES] [--suffix BYTES] [--trigger BYTES] [--stop BYTES] [--json]}: waits up to 10 s
 * for one code and prints it masked (first 4 and last 4 characters) with the scanner's state and
 * the code's length. Exit code 0 when the scanner answered with a code, 1 when it did not, 2 for a
 * usage error.
 */
public final class CodeScannerDiagnosis {

    static final String USAGE = "usage: diag code-scanner --serial PATH [--baud N] [--mode continuous|triggered]"
            + " [--prefix BYTES] [--suffix BYTES] [--trigger BYTES] [--stop BYTES] [--json]";
    static final Duration WAIT = Duration.ofSeconds(10);

    private final Clock clock;

    public CodeScannerDiagnosis(Clock clock) {
        this.clock = clock;
    }

    public int run(String[] args, PrintStream out) {
        String serial = null;
        int baud = 9600;
        boolean json = false;
        CodeScannerSettings settings = CodeScannerSettings.continuous();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--serial" -> serial = value(args, ++i, "--serial");
                    case "--baud" -> baud = baud(value(args, ++i, "--baud"));
                    case "--mode" -> settings = settings.withMode(switch (value(args, ++i, "--mode")) {
                        case "continuous" -> ScanMode.CONTINUOUS;
                        case "triggered" -> ScanMode.TRIGGERED;
                        default -> throw new IllegalArgumentException("--mode must be continuous or triggered");
                    });
                    case "--prefix" -> settings = settings.withFraming(
                            CodeScannerSettings.parseBytes(value(args, ++i, "--prefix")), settings.suffix());
                    case "--suffix" -> settings = settings.withFraming(settings.prefix(),
                            CodeScannerSettings.parseBytes(value(args, ++i, "--suffix")));
                    case "--trigger" -> settings = settings.withCommands(
                            CodeScannerSettings.parseBytes(value(args, ++i, "--trigger")), settings.stop());
                    case "--stop" -> settings = settings.withCommands(settings.trigger(),
                            CodeScannerSettings.parseBytes(value(args, ++i, "--stop")));
                    case "--json" -> json = true;
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
            }
            if (serial == null) {
                throw new IllegalArgumentException("--serial PATH is required");
            }
        } catch (IllegalArgumentException e) {
            out.println("diag code-scanner: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        if (!json) {
            out.println("show a barcode or QR code to the scanner on " + serial + " (waiting up to " + WAIT.toSeconds()
                    + " s)");
            out.flush();
        }
        try (SerialCodeScanner scanner = new SerialCodeScanner("code-scanner", new SerialPortTransport(serial, baud),
                settings, clock)) {
            scanner.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            CodeRead read = scanner.readOne(WAIT).get(WAIT.toSeconds() + 5, TimeUnit.SECONDS);
            report(out, json, serial, settings.mode(), scanner.status(), read);
            return read instanceof CodeRead.Scanned ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("diag code-scanner: interrupted");
            return 1;
        } catch (ExecutionException | TimeoutException e) {
            out.println("diag code-scanner: no answer: " + e.getMessage());
            return 1;
        }
    }

    private static void report(PrintStream out, boolean json, String port, ScanMode mode, DeviceStatus status,
                               CodeRead read) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("device", "code-scanner");
        facts.put("port", port);
        facts.put("mode", mode.name());
        facts.put("state", status.state().name());
        facts.put("reasons", status.reasons().stream().map(Enum::name).sorted().toList());
        if (read instanceof CodeRead.Scanned scanned) {
            facts.put("code", scanned.code().masked());
            facts.put("length", scanned.code().length());
        } else if (read instanceof CodeRead.NothingScanned nothing) {
            facts.put("code", null);
            facts.put("length", 0);
            facts.put("detail", "nothing scanned in " + nothing.waited().toSeconds() + " s");
        } else if (read instanceof CodeRead.Failed failed) {
            facts.put("code", null);
            facts.put("length", 0);
            facts.put("failure", failed.reason().name());
            facts.put("detail", failed.detail());
        }
        if (json) {
            out.println(JsonWriter.write(facts));
            return;
        }
        out.println("code scanner " + port + " (" + mode.name().toLowerCase() + ")");
        out.println("  state     " + status.state() + (status.reasons().isEmpty() ? "" : " " + status.reasons()));
        out.println("  code      " + (facts.get("code") == null ? "-" : facts.get("code")));
        out.println("  length    " + facts.get("length"));
        if (facts.containsKey("detail")) {
            out.println("  detail    " + facts.get("detail"));
        }
    }

    private static int baud(String value) {
        try {
            int baud = Integer.parseInt(value);
            if (baud < 1 || baud > 4_000_000) {
                throw new IllegalArgumentException("--baud must be 1..4000000, was " + baud);
            }
            return baud;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--baud must be a number, was '" + value + "'");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
