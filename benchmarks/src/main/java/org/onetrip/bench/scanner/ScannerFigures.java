package org.onetrip.bench.scanner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;

/**
 * `./onetrip bench --only scanner`: {@link ScannerBenchmark} in a JVM of its own with the heap capped at 256 MB,
 * so that the heap figures are those of the kiosk's budget and not of the runner's.
 */
public final class ScannerFigures implements Benchmark {
    static final int PAGES = 50;
    static final String HEAP = "-Xmx256m";

    @Override
    public String name() {
        return "scanner";
    }

    @Override
    public String description() {
        return "A4 at 300 dpi in colour, standard 300 dpi JPEG quality 0.75, in a JVM with " + HEAP + ": page checks "
                + "alone, PDF assembly alone, and " + PAGES + " pages from the simulated eSCL scanner's feeder over "
                + "loopback HTTP into one material PDF, with the heap's peak during that batch.";
    }

    @Override
    public List<Figure> run() throws Exception {
        Path log = Files.createTempFile("onetrip-scanner-bench", ".log");
        try {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    ScannerBenchmark.class.getName(), Integer.toString(PAGES))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!child.waitFor(20, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new IllegalStateException("the scanner benchmark did not finish in 20 minutes");
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (child.exitValue() != 0) {
                throw new IllegalStateException("the scanner benchmark failed: " + String.join("\n", lines));
            }
            List<Figure> figures = new ArrayList<>();
            for (String line : lines) {
                String[] parts = line.split("\t");
                if (parts.length == 5 && parts[0].equals(ScannerBenchmark.FIGURE)) {
                    figures.add(new Figure(parts[1], Double.parseDouble(parts[2]), parts[3], parts[4]));
                }
            }
            return figures;
        } finally {
            delete(log);
        }
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
