package org.onetrip.backend.quota;

import java.time.Duration;
import java.util.Objects;

/**
 * How many calls one key (a kiosk, an ID number, an address) may make: {@code calls} in any
 * {@code period}, all of them at once at most; the allowance comes back evenly over the period.
 *
 * @param calls  at least 1
 * @param period positive
 */
public record Rate(int calls, Duration period) {

    public Rate {
        Objects.requireNonNull(period, "period");
        if (calls < 1) {
            throw new IllegalArgumentException("a rate allows at least 1 call, was " + calls);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate's period must be positive, was " + period);
        }
    }

    public static Rate of(int calls, Duration period) {
        return new Rate(calls, period);
    }

    /** How long one call's allowance takes to come back. */
    Duration perCall() {
        return period.dividedBy(calls);
    }

    @Override
    public String toString() {
        return calls + " per " + period;
    }
}
