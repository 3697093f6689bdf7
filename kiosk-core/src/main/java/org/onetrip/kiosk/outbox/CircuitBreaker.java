package org.onetrip.kiosk.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stops the kiosk hammering a backend that keeps failing. After {@code failureThreshold}
 * failures in a row the circuit opens: no call for {@code openFor}. Then one trial call is
 * let through (half-open); its success closes the circuit, its failure opens it again.
 *
 * <p>Time comes from the injected clock; nothing here sleeps. Not thread-safe: the delivery
 * worker's thread owns it.
 */
public final class CircuitBreaker {

    /** Where the circuit stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    public static final Duration DEFAULT_OPEN_FOR = Duration.ofMinutes(2);

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private int failuresInRow;
    private Instant openUntil;

    /**
     * @param failureThreshold failures in a row that open the circuit, 1 or more
     * @param openFor          how long an open circuit lets no call through; positive
     */
    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be 1 or more, got " + failureThreshold);
        }
        Objects.requireNonNull(openFor, "openFor");
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("openFor must be positive, got " + openFor);
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }

    /** How long until a call may be made: zero when closed or half-open. */
    public Duration waitBeforeCall() {
        if (openUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), openUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void recordSuccess() {
        failuresInRow = 0;
        openUntil = null;
    }

    public void recordFailure() {
        failuresInRow++;
        if (openUntil != null || failuresInRow >= failureThreshold) {
            // a failed half-open trial, or the threshold reached: open (again) for the full period
            openUntil = clock.instant().plus(openFor);
        }
    }

    /** Failures since the last success. */
    public int failuresInRow() {
        return failuresInRow;
    }
}
