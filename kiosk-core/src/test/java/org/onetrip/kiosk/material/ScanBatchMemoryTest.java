package org.onetrip.kiosk.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.SimulatedPage;

/**
 * Fifty A4 pages at 300 dpi in colour go from the feeder through the checks into one PDF in a JVM whose heap
 * is capped at 256 MB. The simulator runs here; the scanning runs in a child JVM so the cap holds for it alone.
 */
class ScanBatchMemoryTest {
    static final int PAGES = 50;
    static final long HEAP_CAP = 256L * 1024 * 1024;
    /** Far below 50 pages' JPEGs (21 MB) or one decoded page (26 MB). */
    static final long LIVE_LIMIT = 16L * 1024 * 1024;

    @TempDir
    Path spool;

    @Test
    void fiftyColourPagesAt300DpiFitIn256Megabytes() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (EsclScannerSimulator simulator = EsclScannerSimulator.start(0)) {
            simulator.loadFeeder(Collections.nCopies(PAGES, SimulatedPage.DOCUMENT));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Djava.awt.headless=true", "-Dsun.net.httpserver.nodelay=true",
                    "-cp", System.getProperty("java.class.path"), ScanBatchRun.class.getName(), simulator.url().toString(),
                    spool.toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(spool.resolve("child.log").toFile()).start();
            boolean ended = child.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                child.destroyForcibly();
            }
            String output = java.nio.file.Files.readString(spool.resolve("child.log"), StandardCharsets.UTF_8);

            System.out.println("50-page batch: " + output.strip());
            assertThat(ended).as("the batch finished").isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            Matcher figures = Pattern.compile("pages=(\\d+) pdfBytes=(\\d+) peakHeapBytes=(\\d+) maxHeapBytes=(\\d+) liveAfterBatchBytes=(\\d+)").matcher(output);
            assertThat(figures.find()).as(output).isTrue();
            assertThat(Integer.parseInt(figures.group(1))).isEqualTo(PAGES);
            assertThat(Long.parseLong(figures.group(2))).isPositive();
            assertThat(Long.parseLong(figures.group(4))).isLessThanOrEqualTo(HEAP_CAP);
            assertThat(Long.parseLong(figures.group(3))).isLessThanOrEqualTo(HEAP_CAP);
            // fifty pages held as thumbnails, not as images: a page's JPEG alone is half a megabyte
            assertThat(Long.parseLong(figures.group(5))).as(output).isLessThan(LIVE_LIMIT);
            assertThat(simulator.sheetsInFeeder()).isZero();
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(spool)) {
            assertThat(files.map(Object::toString)).as("the PDF is assembled without a clear copy in the spool")
                    .noneMatch(name -> name.endsWith(".pdf") || name.endsWith(".jpg"));
        }
    }

}
