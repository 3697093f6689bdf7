package org.onetrip.bench;

import java.nio.file.Path;
import java.util.List;
import org.onetrip.bench.idcard.IdCardReadFigures;

/** Every benchmark `./onetrip bench` runs, in order. */
final class BenchmarkCatalog {

    private BenchmarkCatalog() {
    }

    static List<Benchmark> all(Path root) {
        return List.of(
                new ConfigurationLoadBenchmark(root.resolve("conf")),
                new IdCardReadFigures(),
                new org.onetrip.bench.submission.SubmitToReceiptFigures(),
                new org.onetrip.bench.submission.OutboxDrainFigures());
    }
}
