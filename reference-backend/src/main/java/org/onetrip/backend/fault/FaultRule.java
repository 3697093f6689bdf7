package org.onetrip.backend.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault to inject.
 *
 * @param mode        what to do to a hit request
 * @param probability share of matching requests hit, 0.0 (never) to 1.0 (always)
 * @param delay       how long {@link FaultMode#SLOW} waits, at most {@link #LONGEST_DELAY}; zero
 *                    for the other modes
 * @param pathPrefix  only requests whose path starts with this are considered, e.g.
 *                    {@code /api/v1/submissions}; empty means every path of the contract; at most
 *                    {@link #LONGEST_PREFIX} characters
 */
public record FaultRule(FaultMode mode, double probability, Duration delay, String pathPrefix) {

    /** The longest a {@link FaultMode#SLOW} rule may hold an answer back. */
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(1);
    /** The longest path prefix a rule may name. */
    public static final int LONGEST_PREFIX = 200;

    public FaultRule {
        Objects.requireNonNull(mode, "mode");
        delay = delay == null ? Duration.ZERO : delay;
        pathPrefix = pathPrefix == null ? "" : pathPrefix;
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in 0.0..1.0, was " + probability);
        }
        if (delay.isNegative() || delay.compareTo(LONGEST_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be 0.." + LONGEST_DELAY + " and not negative, was " + delay);
        }
        if (mode == FaultMode.SLOW && delay.isZero()) {
            throw new IllegalArgumentException("a SLOW fault needs a positive delay");
        }
        if (pathPrefix.length() > LONGEST_PREFIX) {
            throw new IllegalArgumentException("pathPrefix must be at most " + LONGEST_PREFIX + " characters");
        }
        if (!pathPrefix.isEmpty() && !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must start with '/', was " + pathPrefix);
        }
    }

    /** Hits every request of the contract. */
    public static FaultRule always(FaultMode mode) {
        return new FaultRule(mode, 1.0, Duration.ZERO, "");
    }

    /** Every request waits {@code delay} before it is handled. */
    public static FaultRule slow(Duration delay) {
        return new FaultRule(FaultMode.SLOW, 1.0, delay, "");
    }

    public FaultRule onlyUnder(String prefix) {
        return new FaultRule(mode, probability, delay, prefix);
    }

    public FaultRule withProbability(double share) {
        return new FaultRule(mode, share, delay, pathPrefix);
    }

    boolean covers(String path) {
        return path.startsWith(pathPrefix);
    }
}
