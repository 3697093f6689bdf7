package org.onetrip.devices.status;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Named event counts of one device (cards read, read failures by reason, ...), in the
 * spirit of UnifiedPOS statistics. Safe to increment from the device thread while other
 * threads take snapshots.
 */
public final class DeviceCounters {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Adds one to the named count. */
    public void increment(String name) {
        counts.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    /** Adds {@code amount} to the named count. */
    public void add(String name, long amount) {
        counts.computeIfAbsent(name, n -> new LongAdder()).add(amount);
    }

    /** The current value of a count; 0 when it never happened. */
    public long get(String name) {
        LongAdder adder = counts.get(name);
        return adder == null ? 0 : adder.sum();
    }

    /** All counts, sorted by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((name, adder) -> copy.put(name, adder.sum()));
        return copy;
    }
}
