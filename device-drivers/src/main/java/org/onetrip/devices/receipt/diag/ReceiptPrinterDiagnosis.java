package org.onetrip.devices.receipt.diag;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.PrinterStatus;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.driver.EscPosReceiptPrinter;
import org.onetrip.devices.receipt.driver.PrinterSettings;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.devices.transport.tcp.TcpTransport;

/**
 * {@code onetrip diag receipt-printer --serial PATH [--baud N] | --tcp HOST:PORT [--paper 58|80] [--json]}:
 * prints the test page and reports the printer's state. Exit code 0 when the page printed,
 * 1 when it did not, 2 for a usage error.
 */
public final class ReceiptPrinterDiagnosis {
    static final String USAGE = "usage: diag receipt-printer (--serial PATH [--baud N] | --tcp HOST:PORT) [--paper 58|80] [--json]";
    private static final Duration OVERALL = Duration.ofSeconds(30);

    private final Clock clock;

    public ReceiptPrinterDiagnosis(Clock clock) {
        this.clock = clock;
    }

    public int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("diag receipt-printer: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        ByteStreamTransport transport = options.transport();
        PrinterSettings settings = PrinterSettings.defaults(options.paper());
        try (EscPosReceiptPrinter printer = new EscPosReceiptPrinter("receipt-printer", transport, settings,
                new InMemoryReceiptJournal(), clock)) {
            printer.start().get(OVERALL.toSeconds(), TimeUnit.SECONDS);
            PrintOutcome outcome;
            ReceiptJob job = new ReceiptJob(new ReceiptId("diag-" + clock.millis()),
                    new TestPageTemplate(ZoneId.systemDefault()).render(options.paper(), transport.describe(),
                            printer.identity(), printer.status(), printer.counters(), clock.instant()));
            outcome = printer.print(job).get(OVERALL.toSeconds(), TimeUnit.SECONDS);
            PrinterStatus after = printer.refreshStatus().get(OVERALL.toSeconds(), TimeUnit.SECONDS);
            report(out, options, transport.describe(), printer, outcome, after);
            return outcome instanceof PrintOutcome.Printed ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("diag receipt-printer: interrupted");
            return 1;
        } catch (ExecutionException | TimeoutException e) {
            out.println("diag receipt-printer: no result within " + OVERALL.toSeconds() + " s: " + e.getMessage());
            return 1;
        }
    }

    private static void report(PrintStream out, Options options, String port, EscPosReceiptPrinter printer,
            PrintOutcome outcome, PrinterStatus after) {
        DeviceStatus status = printer.status();
        boolean printed = outcome instanceof PrintOutcome.Printed;
        String detail = outcome instanceof PrintOutcome.Failed f ? f.reason() + ": " + f.detail() : "";
        if (options.json()) {
            List<String> fields = new ArrayList<>();
            fields.add(json("device") + ":" + json("receipt-printer"));
            fields.add(json("port") + ":" + json(port));
            fields.add(json("state") + ":" + json(status.state().name()));
            fields.add(json("reasons") + ":" + status.reasons().stream().map(r -> json(r.name()))
                    .collect(Collectors.joining(",", "[", "]")));
            fields.add(json("conditions") + ":" + after.conditions().stream().map(c -> json(c.name()))
                    .collect(Collectors.joining(",", "[", "]")));
            fields.add(json("printed") + ":" + printed);
            fields.add(json("model") + ":" + json(printer.identity().model()));
            fields.add(json("firmware") + ":" + json(printer.identity().firmware()));
            if (outcome instanceof PrintOutcome.Failed f) {
                fields.add(json("failure") + ":" + json(f.reason().name()));
                fields.add(json("detail") + ":" + json(f.detail()));
            } else if (outcome instanceof PrintOutcome.Printed p) {
                fields.add(json("lines") + ":" + p.progress().totalLines());
                fields.add(json("bytes") + ":" + p.progress().totalBytes());
                fields.add(json("tookMillis") + ":" + p.took().toMillis());
            }
            out.println("{" + String.join(",", fields) + "}");
            return;
        }
        out.println("receipt printer " + port);
        out.println("  model     " + printer.identity().model() + ", firmware " + printer.identity().firmware());
        out.println("  state     " + status.state());
        out.println("  reasons   " + (status.reasons().isEmpty() ? "-" : status.reasons()));
        out.println("  printed   " + (printed ? "yes" : "no"));
        if (!detail.isEmpty()) {
            out.println("  failure   " + detail);
        }
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The command line, checked. */
    record Options(String serial, int baud, String host, int port, PaperWidth paper, boolean json) {
        static Options parse(String[] args) {
            String serial = null;
            String tcp = null;
            int baud = 115200;
            PaperWidth paper = PaperWidth.MM80;
            boolean json = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--serial" -> serial = value(args, ++i, "--serial");
                    case "--tcp" -> tcp = value(args, ++i, "--tcp");
                    case "--baud" -> baud = number(value(args, ++i, "--baud"), "--baud", 1, 4_000_000);
                    case "--paper" -> paper = PaperWidth.ofMillimetres(number(value(args, ++i, "--paper"), "--paper", 1, 1000));
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
            }
            if ((serial == null) == (tcp == null)) {
                throw new IllegalArgumentException("give exactly one of --serial PATH or --tcp HOST:PORT");
            }
            if (tcp != null) {
                int colon = tcp.lastIndexOf(':');
                if (colon <= 0 || colon == tcp.length() - 1) {
                    throw new IllegalArgumentException("--tcp needs HOST:PORT, was '" + tcp + "'");
                }
                return new Options(null, baud, tcp.substring(0, colon), number(tcp.substring(colon + 1), "--tcp port", 1, 65535),
                        paper, json);
            }
            return new Options(serial, baud, null, 0, paper, json);
        }

        ByteStreamTransport transport() {
            return serial != null ? new SerialPortTransport(serial, baud) : new TcpTransport(host, port, Duration.ofSeconds(2));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String s, String option, int min, int max) {
            try {
                int n = Integer.parseInt(s);
                if (n < min || n > max) {
                    throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", was " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number, was '" + s + "'");
            }
        }
    }
}
