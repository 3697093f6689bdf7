package org.onetrip.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.bench.screens.SoakFigures;

/**
 * `./onetrip bench [--only NAME] [--soak-sessions N]`: runs the benchmarks one after another (never two at once,
 * so they do not share the cores), prints each figure and appends the run to
 * docs/BENCHMARKS.md.
 */
public final class BenchmarkRunner {

    private final List<Benchmark> benchmarks;
    private final BenchmarkReport report;

    BenchmarkRunner(List<Benchmark> benchmarks, BenchmarkReport report) {
        this.benchmarks = benchmarks;
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        String only = null;
        int soakSessions = SoakFigures.DEFAULT_SESSIONS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--soak-sessions" -> soakSessions = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ./onetrip bench [--only NAME] [--soak-sessions N]");
                    System.exit(2);
                }
            }
        }
        List<Benchmark> all = BenchmarkCatalog.all(root, soakSessions);
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark b : all) {
            if (only == null || b.name().equals(only)) {
                chosen.add(b);
            }
        }
        if (chosen.isEmpty()) {
            System.err.println("no benchmark named " + only + "; known: "
                    + all.stream().map(Benchmark::name).toList());
            System.exit(2);
        }
        BenchmarkRunner runner = new BenchmarkRunner(chosen, new BenchmarkReport(root.resolve("docs/BENCHMARKS.md")));
        System.exit(runner.runAll() ? 0 : 1);
    }

    boolean runAll() throws Exception {
        List<BenchmarkReport.Section> sections = new ArrayList<>();
        boolean allCompleted = true;
        for (Benchmark benchmark : benchmarks) {
            System.out.println("== " + benchmark.name() + ": " + benchmark.description());
            try {
                List<Figure> figures = benchmark.run();
                figures.forEach(f -> System.out.printf("   %-48s %12s %s  %s%n",
                        f.name(), BenchmarkReport.format(f.value()), f.unit(), f.note()));
                sections.add(new BenchmarkReport.Section(benchmark, figures, null));
            } catch (Exception e) {
                allCompleted = false;
                System.out.println("   did not complete: " + e);
                sections.add(new BenchmarkReport.Section(benchmark, List.of(), e.toString()));
            }
        }
        report.append(ZonedDateTime.now(), Machine.current(), sections);
        System.out.println("appended to docs/BENCHMARKS.md");
        return allCompleted;
    }
}
