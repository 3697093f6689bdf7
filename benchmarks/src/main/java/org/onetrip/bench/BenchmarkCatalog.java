package org.onetrip.bench;

import java.nio.file.Path;
import java.util.List;

/** Every benchmark `./onetrip bench` runs, in order. */
final class BenchmarkCatalog {

    private BenchmarkCatalog() {
    }

    static List<Benchmark> all(Path root) {
        return List.of(
                new ConfigurationLoadBenchmark(root.resolve("conf")));
    }
}
