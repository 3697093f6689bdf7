package org.onetrip.kiosk.material;

import org.onetrip.config.calendar.WorkingDayCalendar;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.kiosk.session.SessionScope;

/**
 * Scans a feeder batch from an eSCL scanner into one material and assembles its PDF, then prints
 * {@code pages=N pdfBytes=N peakHeapBytes=N maxHeapBytes=N liveAfterBatchBytes=N}. Run in its own JVM with a small heap by
 * {@link ScanBatchMemoryTest}: the heap's peak is its highest use just before a collection (garbage
 * included), as the collectors report it.
 *
 * <p>Arguments: eSCL URL, spool directory.
 */
public final class ScanBatchRun {
    private static final AtomicLong PEAK = new AtomicLong();

    private ScanBatchRun() {
    }

    public static void main(String[] args) throws Exception {
        watchCollections();
        URI url = URI.create(args[0]);
        Path spool = Path.of(args[1]);
        ExecutorService work = Executors.newSingleThreadExecutor();
        try (EsclScanner scanner = new EsclScanner(url, new EsclSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 5,
                Duration.ofMillis(50)), Clock.systemUTC())) {
            SessionScope session = new SessionScope();
            MaterialDesk desk = new MaterialDesk(MaterialFixtures.CATALOG, new PageInspector(PageStandard.defaults()), spool,
                    spool.resolve("scratch"),
                    Clock.systemUTC(), WorkingDayCalendar.WEEKDAYS_ONLY, Runnable::run);
            MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.RESIDENCE, session);
            ScanReport report = new MaterialScanning(scanner, work).scan(checklist, "ID-COPY",
                    ScanRequest.jpeg(ScanSource.FEEDER, 300, ScanColorMode.COLOR), outcome -> { }).report()
                    .get(10, TimeUnit.MINUTES);
            MaterialPages pages = checklist.item("ID-COPY").pages();
            long bytes = checklist.assemble("ID-COPY").length;
            long peak = peakHeap();
            // what stays reachable while the material still holds all its pages: thumbnails and bookkeeping only
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("pages=" + report.added() + " pdfBytes=" + bytes + " peakHeapBytes=" + peak
                    + " maxHeapBytes=" + Runtime.getRuntime().maxMemory() + " liveAfterBatchBytes=" + live);
            session.wipe();
        } finally {
            work.shutdownNow();
        }
    }

    /** The heap's highest use: just before each collection, as the collectors report it, and now. */
    static long peakHeap() {
        return Math.max(PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private static void watchCollections() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                        if (heapPools.contains(pool.getKey())) {
                            used += pool.getValue().getUsed();
                        }
                    }
                    PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

}
