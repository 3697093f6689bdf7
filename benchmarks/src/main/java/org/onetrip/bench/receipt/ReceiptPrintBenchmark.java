package org.onetrip.bench.receipt;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.driver.EscPosReceiptPrinter;
import org.onetrip.devices.receipt.driver.PrinterSettings;
import org.onetrip.devices.receipt.escpos.ReceiptDocumentEncoder;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.sim.PtySimulatorEndpoint;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.transport.serial.SerialPortTransport;

/**
 * Time from "print" to "printed" for a full submission receipt over the simulator on a
 * pseudo-terminal, the simulator taking bytes at the baud rate, against the wire time of
 * the bytes sent to the printer (10 bit times per byte, 8N1): the job, the per-line
 * confirmation requests, the status requests before and after. The line is full duplex,
 * so the printer's answers travel at the same time and are reported beside it. The simulator prints instantly once bytes arrive,
 * so a real printer adds its mechanical print time (about 1-2 s for 30 cm at 200 mm/s).
 *
 * <pre>java ... org.onetrip.bench.receipt.ReceiptPrintBenchmark [receipts] [baud] [58|80]</pre>
 */
public final class ReceiptPrintBenchmark {
    private static final int WARM_UP = 5;

    /**
     * @param receipts        measured receipts
     * @param baud            line speed
     * @param jobBytes        ESC/POS bytes of the receipt, before the driver's confirmations
     * @param bytesToPrinter  bytes sent to the printer per receipt
     * @param bytesFromPrinter bytes the printer answered per receipt
     * @param median          median time from print to printed
     * @param p95             95th percentile
     * @param wireTime        line time of bytesToPrinter
     * @param overheadPercent (median - wire time) / wire time, in percent
     */
    public record Result(int receipts, int baud, PaperWidth paper, int jobBytes, long bytesToPrinter, long bytesFromPrinter, Duration median,
                         Duration p95, Duration wireTime, double overheadPercent) {
        /** One line for docs/BENCHMARKS.md. */
        public String line() {
            return String.format(Locale.ROOT,
                    "receipt print (ESC/POS over PTY, %d baud, %d mm, %d receipts): median %.1f ms, p95 %.1f ms, "
                            + "wire %.1f ms for %d bytes to the printer (%d of them the receipt, the rest confirmations "
                            + "and status requests; %d bytes back), overhead %.1f %%",
                    baud, paper.millimetres(), receipts, millis(median), millis(p95), millis(wireTime), bytesToPrinter,
                    jobBytes, bytesFromPrinter, overheadPercent);
        }

        private static double millis(Duration d) {
            return d.toNanos() / 1e6;
        }
    }

    private ReceiptPrintBenchmark() {
    }

    public static Result run(int receipts, int baud, PaperWidth paper) throws Exception {
        if (receipts < 1) {
            throw new IllegalArgumentException("receipts must be at least 1, was " + receipts);
        }
        ReceiptDocument document = BenchReceipts.document(paper);
        int jobBytes = ReceiptDocumentEncoder.encode(document).length();
        try (ReceiptPrinterSimulator sim = new ReceiptPrinterSimulator(paper,
                new ReceiptPrinterSimulator.Settings("bench", "bench", baud, Optional.empty()), Optional.empty())) {
            PtySimulatorEndpoint pty = sim.attachPty(Optional.empty());
            PrinterSettings settings = new PrinterSettings(paper, Duration.ofSeconds(1), Duration.ofSeconds(5),
                    Duration.ofHours(1), PrinterSettings.defaults(paper).reconnect());
            try (EscPosReceiptPrinter printer = new EscPosReceiptPrinter("receipt-printer",
                    new SerialPortTransport(pty.portPath(), baud), settings, new InMemoryReceiptJournal(), Clock.systemUTC())) {
                printer.start().get(10, TimeUnit.SECONDS);
                int n = 0;
                for (int i = 0; i < WARM_UP; i++) {
                    printOnce(printer, document, "warm-" + n++);
                }
                long inBefore = sim.bytesReceived();
                long outBefore = sim.bytesSent();
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < receipts; i++) {
                    long start = System.nanoTime();
                    printOnce(printer, document, "bench-" + n++);
                    nanos.add(System.nanoTime() - start);
                }
                long toPrinter = (sim.bytesReceived() - inBefore) / receipts;
                long fromPrinter = (sim.bytesSent() - outBefore) / receipts;
                Collections.sort(nanos);
                Duration median = Duration.ofNanos(nanos.get(nanos.size() / 2));
                Duration p95 = Duration.ofNanos(nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(nanos.size() * 0.95) - 1)));
                Duration wire = Duration.ofNanos(toPrinter * 10L * 1_000_000_000L / baud);
                double overhead = 100.0 * (median.toNanos() - wire.toNanos()) / wire.toNanos();
                return new Result(receipts, baud, paper, jobBytes, toPrinter, fromPrinter, median, p95, wire, overhead);
            }
        }
    }

    private static void printOnce(EscPosReceiptPrinter printer, ReceiptDocument document, String id) throws Exception {
        PrintOutcome outcome = printer.print(new ReceiptJob(new ReceiptId(id), document)).get(30, TimeUnit.SECONDS);
        if (!(outcome instanceof PrintOutcome.Printed)) {
            throw new IllegalStateException("benchmark receipt did not print: " + outcome);
        }
    }

    /** Also times the encoding alone, without JMH, so one run gives both figures. */
    static Duration medianEncodingTime(PaperWidth paper, int rounds) {
        ReceiptDocument document = BenchReceipts.document(paper);
        for (int i = 0; i < rounds; i++) {
            ReceiptDocumentEncoder.encode(document);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            ReceiptDocumentEncoder.encode(document);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return Duration.ofNanos(nanos.get(nanos.size() / 2));
    }

    public static void main(String[] args) throws Exception {
        int receipts = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int baud = args.length > 1 ? Integer.parseInt(args[1]) : 115200;
        PaperWidth paper = args.length > 2 ? PaperWidth.ofMillimetres(Integer.parseInt(args[2])) : PaperWidth.MM80;
        System.out.printf(Locale.ROOT, "encode full submission receipt (%d mm, plain loop, median of 2000): %.1f us%n",
                paper.millimetres(), medianEncodingTime(paper, 2000).toNanos() / 1e3);
        System.out.println(run(receipts, baud, paper).line());
    }
}
