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

    /**
     * How many times longer an elder waits before the are-you-still-there question: reading,
     * finding a document or asking a relative takes longer, and a time limit that is not
     * essential should not rush anyone.
     */
    public static final int ELDER_INACTIVITY_FACTOR = 4;
    /** How many times longer the question counts down for an elder, to read it and reach the button. */
    public static final int ELDER_WARNING_FACTOR = 3;

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

    /**
     * The time-outs of the elder-friendly look: both much longer, yet finite, because a session
     * left alone must still end and wipe what it held.
     */
    public SessionTimeouts forElders() {
        return new SessionTimeouts(inactivity.multipliedBy(ELDER_INACTIVITY_FACTOR),
                warning.multipliedBy(ELDER_WARNING_FACTOR));
    }
}
