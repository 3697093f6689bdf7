package org.onetrip.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Appends one run's figures to docs/BENCHMARKS.md, newest at the end. */
final class BenchmarkReport {

    private static final String HEADER = """
            # Benchmarks

            Every `./onetrip bench` run appends a section here: when, on which JDK and machine,
            and each figure with how it was measured. Compare figures within one run; across
            runs, compare only runs on the same kind of machine.

            """;

    private final Path file;

    BenchmarkReport(Path file) {
        this.file = file;
    }

    record Section(Benchmark benchmark, List<Figure> figures, String failure) {
    }

    void append(ZonedDateTime when, Machine machine, List<Section> sections) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append("\n\n");
        md.append("Machine: ").append(machine.describe()).append("\n\n");
        for (Section section : sections) {
            md.append("### ").append(section.benchmark().name()).append("\n\n");
            md.append(section.benchmark().description()).append("\n\n");
            if (section.failure() != null) {
                md.append("Did not complete: ").append(section.failure()).append("\n\n");
                continue;
            }
            md.append("| figure | value | unit | how |\n|---|---:|---|---|\n");
            for (Figure f : section.figures()) {
                md.append("| ").append(f.name()).append(" | ").append(format(f.value()))
                        .append(" | ").append(f.unit()).append(" | ").append(f.note()).append(" |\n");
            }
            md.append('\n');
        }
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, HEADER, StandardCharsets.UTF_8);
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    static String format(double value) {
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
