package org.onetrip.day;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * The process's heap after a full collection and its live threads: sampled between sessions to
 * show a day leaves nothing behind.
 *
 * <p>Two heap figures, because one full collection keeps what caches hold through soft
 * references that were touched since the collection before. JavaFX's effect renderer pools its
 * intermediate images that way (decora's {@code ImagePool}) and touches every pooled image at each
 * effect it draws, so on the software pipeline, where those images are {@code int[]} on the heap
 * and {@code prism.maxvram} limits nothing, the pool keeps gigabytes for as long as the heap has
 * room, and drops them only when it has not. {@link #heapAfterCachesGoMb} is what stays once they
 * go: what a leak would grow.
 *
 * <p>{@code System.gc()} does nothing while a thread is inside a JNI critical region (G1 skips a
 * full collection then), and the software renderer rasterises in one, so each collection here is
 * asked for again until G1's count of full collections shows it happened.
 *
 * @param heapAfterGcMb       heap in use right after one full collection, MiB; includes the
 *                            softly held caches
 * @param heapAfterCachesGoMb heap in use after full collections repeated on the screen's thread
 *                            (so nothing new is drawn meanwhile) until two in a row free under
 *                            1 MiB, MiB; soft references untouched since the collection before
 *                            are cleared only under {@code -XX:SoftRefLRUPolicyMSPerMB=0}, as the
 *                            soak runs: without it this is about {@code heapAfterGcMb}
 * @param threads             live threads
 */
public record Vitals(long heapAfterGcMb, long heapAfterCachesGoMb, int threads) {

    private static final long MIB = 1024 * 1024;
    /**
     * Collections on the screen's thread before the heap counts as settled, and then two in a row
     * that free under 1 MiB: a drawing started before the screen's thread was held may touch the
     * pool after the first, and keep it through the second.
     */
    private static final int AT_LEAST = 3;
    private static final int AT_MOST = 8;
    /** How long to wait before asking again for a collection the JVM skipped. */
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final Optional<GarbageCollectorMXBean> FULL_COLLECTIONS = ManagementFactory
            .getGarbageCollectorMXBeans().stream().filter(gc -> gc.getName().equals("G1 Old Generation")).findFirst();

    /** Blocks for the collections, typically a second in all; holds the screen's thread meanwhile. */
    public static Vitals sample() {
        collect();
        long once = used();
        long settled = settledOnScreenThread();
        return new Vitals(once / MIB, settled / MIB, ManagementFactory.getThreadMXBean().getThreadCount());
    }

    private static long settledOnScreenThread() {
        CompletableFuture<Long> settled = new CompletableFuture<>();
        try {
            Platform.runLater(() -> settled.complete(settle()));
        } catch (IllegalStateException toolkitNotRunning) {
            return settle();
        }
        try {
            return settled.get(Day.BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the screen's thread is stuck: the sessions will say so; the heap is still worth a figure
            return settle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return used();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not collect on the screen's thread", e.getCause());
        }
    }

    private static long settle() {
        long before = Long.MAX_VALUE;
        int quiet = 0;
        for (int i = 1; i <= AT_MOST; i++) {
            collect();
            long now = used();
            quiet = before - now < MIB ? quiet + 1 : 0;
            if (i >= AT_LEAST && quiet >= 2) {
                return now;
            }
            before = now;
        }
        return before;
    }

    /**
     * One full collection, asked for again while the JVM skips it, up to {@link Day#BOUND}. Under a
     * collector other than G1 there is no count to check, and one request has to do.
     */
    private static void collect() {
        if (FULL_COLLECTIONS.isEmpty()) {
            System.gc();
            return;
        }
        GarbageCollectorMXBean full = FULL_COLLECTIONS.get();
        long before = full.getCollectionCount();
        long deadline = System.nanoTime() + Day.BOUND.toNanos();
        System.gc();
        while (full.getCollectionCount() == before && System.nanoTime() < deadline) {
            LockSupport.parkNanos(RETRY_NANOS);
            System.gc();
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
