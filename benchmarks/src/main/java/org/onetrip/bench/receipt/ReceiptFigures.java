package org.onetrip.bench.receipt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.bench.JmhRun;
import org.onetrip.devices.receipt.layout.PaperWidth;

/**
 * `./onetrip bench --only receipt`: encoding a full submission receipt (JMH), and print to
 * printed over the simulator on a pseudo-terminal at 115200 baud against the wire time.
 */
public final class ReceiptFigures implements Benchmark {

    private static final int RECEIPTS = 30;
    private static final int BAUD = 115_200;

    @Override
    public String name() {
        return "receipt";
    }

    @Override
    public String description() {
        return "Submission receipt: ESC/POS encoding in process (JMH), and print to printed through the "
                + "driver and the printer simulator on a pseudo-terminal paced at " + BAUD + " baud, "
                + RECEIPTS + " receipts per paper width, against the wire time of the bytes sent (10 bits a byte).";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>(new JmhRun(ReceiptEncodingBenchmark.class, Map.of()).run());
        for (PaperWidth paper : PaperWidth.values()) {
            ReceiptPrintBenchmark.Result r = ReceiptPrintBenchmark.run(RECEIPTS, BAUD, paper);
            String width = paper.name();
            figures.add(new Figure("print to printed, median, " + width, millis(r.median()), "ms", r.receipts() + " receipts"));
            figures.add(new Figure("print to printed, p95, " + width, millis(r.p95()), "ms", r.receipts() + " receipts"));
            figures.add(new Figure("wire time, " + width, millis(r.wireTime()), "ms", r.bytesToPrinter() + " bytes to the printer"));
            figures.add(new Figure("overhead over wire time, " + width, r.overheadPercent(), "%", "(median - wire) / wire"));
        }
        return figures;
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
