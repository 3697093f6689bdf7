package org.onetrip.bench.scanner;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Fee;
import org.onetrip.config.catalog.Material;
import org.onetrip.config.catalog.MaterialForm;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.image.InspectedPage;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.image.PageVerdict;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.PageRenderer;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.material.MaterialChecklist;
import org.onetrip.kiosk.material.MaterialDesk;
import org.onetrip.kiosk.material.MaterialPage;
import org.onetrip.kiosk.material.MaterialPdf;
import org.onetrip.kiosk.material.MaterialScanning;
import org.onetrip.kiosk.material.ScanReport;
import org.onetrip.config.calendar.WorkingDayCalendar;
import org.onetrip.kiosk.session.SessionScope;

/**
 * Scanning figures at 300 dpi in colour (A4): pages per second through the page checks alone, through PDF
 * assembly alone, and end to end from the simulated eSCL scanner's feeder over loopback HTTP into one
 * material PDF, with the heap's peak during that batch (the largest heap use seen just before any
 * collection, and at the end). Run with the heap the kiosk gets, e.g. {@code -Xmx256m}.
 *
 * <p>Arguments: {@code [pages]} (default 50).
 */
public final class ScannerBenchmark {
    static final String FIGURE = "figure";
    private static final int WARM_UP = 5;

    private ScannerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path work = Files.createTempDirectory("onetrip-scan-bench");
        try {
            run(pages, work);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static void run(int pages, Path work) throws Exception {
        PageStandard standard = PageStandard.defaults();
        PageInspector inspector = new PageInspector(standard);
        byte[] scan = new PageRenderer().render(SimulatedPage.DOCUMENT, ScanRequest.jpeg(ScanSource.FEEDER, 300, ScanColorMode.COLOR));
        Path raw = Files.write(work.resolve("raw.jpg"), scan);
        System.out.printf("page: A4 300 dpi colour JPEG, %d bytes; standard %d dpi, quality %.2f; heap max %d MB%n",
                scan.length, standard.dpi(), standard.jpegQuality(), Runtime.getRuntime().maxMemory() >> 20);

        List<MaterialPage> checked = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            inspector.inspect(raw, work.resolve("warm.jpg"));
        }
        long start = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            PageVerdict verdict = inspector.inspect(raw, work.resolve("page-" + i + ".jpg"));
            InspectedPage page = ((PageVerdict.Inspected) verdict).page();
            checked.add(new MaterialPage("P" + i, page.file(), page.widthPx(), page.heightPx(), page.dpi(), page.thumbnail(),
                    page.concerns()));
        }
        double checkSeconds = seconds(start);
        System.out.printf("checks:       %d pages in %.2f s = %.2f pages/s%n", pages, checkSeconds, pages / checkSeconds);
        figure("page checks", pages / checkSeconds, "pages/s", pages + " pages after " + WARM_UP
                + " warm-up: decode, measure, JPEG at the standard, thumbnail");

        MaterialPdf pdf = new MaterialPdf();
        pdf.write(checked.subList(0, Math.min(WARM_UP, pages)), work.resolve("warm.pdf"));
        start = System.nanoTime();
        long bytes = pdf.write(checked, work.resolve("material.pdf"));
        double pdfSeconds = seconds(start);
        System.out.printf("PDF assembly: %d pages in %.2f s = %.1f pages/s, %d bytes (%.0f KB/page)%n", pages, pdfSeconds,
                pages / pdfSeconds, bytes, bytes / 1024.0 / pages);
        figure("PDF assembly", pages / pdfSeconds, "pages/s", pages + " standard pages embedded as JPEG");
        figure("PDF size per page", bytes / 1024.0 / pages, "KB", "quality " + standard.jpegQuality());
        checked.clear();

        endToEnd(pages, work.resolve("e2e"), standard);
    }

    private static void endToEnd(int pages, Path spool, PageStandard standard) throws Exception {
        Files.createDirectories(spool);
        ServiceCatalog catalog = catalog();
        try (EsclScannerSimulator simulator = EsclScannerSimulator.start(0);
             EsclScanner scanner = new EsclScanner(simulator.url(), new EsclSettings(Duration.ofSeconds(10),
                     Duration.ofSeconds(60), 5, Duration.ofMillis(50)), Clock.systemUTC())) {
            simulator.loadFeeder(Collections.nCopies(pages, SimulatedPage.DOCUMENT));
            ExecutorService work = Executors.newSingleThreadExecutor();
            HeapPeak peak = HeapPeak.watch();
            try {
                SessionScope session = new SessionScope();
                MaterialChecklist checklist = new MaterialDesk(catalog, new PageInspector(standard), spool, spool.resolve("scratch"), Clock.systemUTC(),
                        WorkingDayCalendar.WEEKDAYS_ONLY, Runnable::run).checklistFor(catalog.matters().get(0), session);
                long start = System.nanoTime();
                ScanReport report = new MaterialScanning(scanner, work).scan(checklist, "BENCH-DOC",
                        ScanRequest.jpeg(ScanSource.FEEDER, 300, ScanColorMode.COLOR), outcome -> { }).report()
                        .get(30, TimeUnit.MINUTES);
                double scanSeconds = seconds(start);
                long bytes = checklist.assemble("BENCH-DOC").length;
                double allSeconds = seconds(start);
                System.out.printf("end to end:   %d pages scanned+checked in %.2f s = %.2f pages/s; with PDF %.2f s = %.2f pages/s;"
                        + " PDF %d bytes%n", report.added(), scanSeconds, report.added() / scanSeconds, allSeconds,
                        report.added() / allSeconds, bytes);
                System.out.printf("peak heap:    %.1f MB used before a collection, %.1f MB live after one, during the %d-page"
                        + " batch (heap max %d MB)%n", peak.peak() / 1048576.0, peak.retained() / 1048576.0, pages,
                        Runtime.getRuntime().maxMemory() >> 20);
                figure("end to end, feeder to PDF", report.added() / allSeconds, "pages/s", report.added()
                        + " pages from the simulator over loopback HTTP, checked, kept, assembled");
                figure("peak heap, " + pages + "-page batch", peak.peak() / 1048576.0, "MB",
                        "highest use before a collection; heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
                figure("most live heap after a collection", peak.retained() / 1048576.0, "MB", "during the batch");
                session.wipe();
            } finally {
                peak.stop();
                work.shutdownNow();
            }
        }
    }

    /** One figure as a tab-separated line, for {@link ScannerFigures} to read back from a child JVM. */
    private static void figure(String name, double value, String unit, String note) {
        System.out.println(FIGURE + "\t" + name + "\t" + value + "\t" + unit + "\t" + note);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static ServiceCatalog catalog() {
        LocalizedText text = new LocalizedText("基准材料", "Benchmark material");
        Material material = new Material("BENCH-DOC", text, text, MaterialForm.COPY, 1, List.of(text), Optional.empty(),
                Optional.empty());
        Matter matter = new Matter("BENCH-MATTER", text, "BENCH", "bench", List.of(), List.of(), List.of(),
                List.of(MaterialRequirement.of("BENCH-DOC")), 0, Fee.FREE, true);
        return new ServiceCatalog("bench", List.of(), List.of(), List.of(), List.of(material), List.of(matter), List.of(),
                List.of());
    }

    /** The largest heap use seen just before each collection and on request, from the collectors' notifications. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong retained = new AtomicLong();
        private final List<Runnable> stops = new ArrayList<>();

        static HeapPeak watch() {
            HeapPeak watch = new HeapPeak();
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (notification, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                    (CompositeData) notification.getUserData());
                            watch.peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                            watch.retained.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    watch.stops.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException ignored) {
                            // already gone
                        }
                    });
                }
            }
            return watch;
        }

        long peak() {
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return Math.max(peak.get(), now);
        }

        /** The most the heap held right after a collection: what the batch keeps alive at once. */
        long retained() {
            return retained.get();
        }

        void stop() {
            stops.forEach(Runnable::run);
        }

        private static long heapUsed(Map<String, MemoryUsage> pools) {
            long used = 0;
            for (Map.Entry<String, MemoryUsage> entry : pools.entrySet()) {
                if (isHeap(entry.getKey())) {
                    used += entry.getValue().getUsed();
                }
            }
            return used;
        }

        private static boolean isHeap(String poolName) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getName().equals(poolName)) {
                    return pool.getType() == MemoryType.HEAP;
                }
            }
            return false;
        }
    }
}
