package org.onetrip.bench.idcard;

import java.time.Duration;
import java.util.List;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;

/** `./onetrip bench --only idcard-read`: the card read over a paced pseudo-terminal. */
public final class IdCardReadFigures implements Benchmark {

    private static final int READS = 100;
    private static final int BAUD = 115_200;

    @Override
    public String name() {
        return "idcard-read";
    }

    @Override
    public String description() {
        return "Card placed to IdentityRecord delivered: SAM reader simulator on a pseudo-terminal paced at "
                + BAUD + " baud both ways, " + READS + " reads after 10 warm-up reads, against the wire time "
                + "of the bytes exchanged (10 bits a byte).";
    }

    @Override
    public List<Figure> run() throws Exception {
        IdCardReadBenchmark.Result r = IdCardReadBenchmark.run(READS, BAUD);
        String sample = r.reads() + " reads";
        return List.of(
                new Figure("read time, median", millis(r.median()), "ms", sample),
                new Figure("read time, p95", millis(r.p95()), "ms", sample),
                new Figure("wire time of one read", millis(r.wireTime()), "ms", r.bytesPerRead() + " bytes at " + BAUD + " baud"),
                new Figure("driver overhead over wire time", r.overheadPercent(), "%", "(median - wire) / wire; goal < 10 %"));
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
