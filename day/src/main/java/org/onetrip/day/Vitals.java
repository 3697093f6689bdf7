package org.onetrip.day;

import java.lang.management.ManagementFactory;

/**
 * The process's heap after a full collection and its live threads: sampled between sessions to
 * show a day leaves nothing behind.
 *
 * @param heapAfterGcMb heap in use right after {@code System.gc()}, MiB
 * @param threads       live threads
 */
public record Vitals(long heapAfterGcMb, int threads) {

    /** Blocks for the collection, typically tens of milliseconds. */
    public static Vitals sample() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Vitals(used / (1024 * 1024), ManagementFactory.getThreadMXBean().getThreadCount());
    }
}
