package org.onetrip.kiosk.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long the delivery worker waits before trying again: exponential back-off with
 * "decorrelated" jitter. Each delay is drawn between {@code initial} and {@code multiplier}
 * times the previous one, capped at {@code max}, so many kiosks coming back after an outage do
 * not all call at the same instant. A pure function of its inputs and the random source.
 *
 * @param initial    the shortest delay, and the first one's lower bound; positive
 * @param max        the longest delay; at least {@code initial}
 * @param multiplier how much the upper bound grows per failure; more than 1
 * @param random     the jitter's source; a seeded one in tests
 */
public record RetryPolicy(Duration initial, Duration max, double multiplier, RandomGenerator random) {

    public static final Duration DEFAULT_INITIAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX = Duration.ofMinutes(5);
    public static final double DEFAULT_MULTIPLIER = 3.0;

    public RetryPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial delay must be positive, got " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max delay " + max + " is shorter than the initial " + initial);
        }
        if (!(multiplier > 1.0)) {
            throw new IllegalArgumentException("multiplier must be more than 1, got " + multiplier);
        }
    }

    /** One second, growing threefold, at most five minutes. */
    public static RetryPolicy standard(RandomGenerator random) {
        return new RetryPolicy(DEFAULT_INITIAL, DEFAULT_MAX, DEFAULT_MULTIPLIER, random);
    }

    /**
     * The delay before attempt {@code attempt + 1}.
     *
     * @param attempt   how many attempts have failed in a row, 1 or more
     * @param lastDelay the delay returned for the previous failure; ignored for the first
     * @return between {@code initial} and {@code max}
     */
    public Duration nextDelay(int attempt, Duration lastDelay) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, got " + attempt);
        }
        double initialNanos = initial.toNanos();
        double previous = attempt == 1 || lastDelay == null ? initialNanos
                : Math.max(initialNanos, lastDelay.toNanos());
        double upper = Math.min(max.toNanos(), previous * multiplier);
        double drawn = initialNanos + random.nextDouble() * (upper - initialNanos);
        return Duration.ofNanos((long) Math.min(max.toNanos(), Math.max(initialNanos, drawn)));
    }
}
