package org.onetrip.devices.receipt.driver;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before reconnect attempt {@code n}: doubling from {@code first} up to
 * {@code max}. Pure, so it is tested without waiting.
 */
public record ReconnectBackoff(Duration first, Duration max) {
    public ReconnectBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("first reconnect delay must be positive, was " + first);
        }
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("max reconnect delay must be at least " + first + ", was " + max);
        }
    }

    /** The delay before attempt {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
        }
        Duration d = first;
        for (int i = 1; i < attempt && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
