package org.onetrip.kiosk.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an untouched session lasts.
 *
 * @param inactivity time without a touch before the citizen is asked "are you still there?";
 *     positive
 * @param warning how long that question counts down before the session ends; at least one second,
 *     so the citizen can read it
 */
public record SessionTimeouts(Duration inactivity, Duration warning) {

    public SessionTimeouts {
        Objects.requireNonNull(inactivity, "inactivity");
        Objects.requireNonNull(warning, "warning");
        if (inactivity.isNegative() || inactivity.isZero()) {
            throw new IllegalArgumentException("inactivity must be positive, was " + inactivity);
        }
        if (warning.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("warning must be at least 1 s, was " + warning);
        }
    }
}
