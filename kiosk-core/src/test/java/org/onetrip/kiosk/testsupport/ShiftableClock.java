package org.onetrip.kiosk.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, moved forward on demand: time runs as usual, so threads that wait on it still
 * wake, and a test can jump it a day ahead. Thread-safe.
 */
public final class ShiftableClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** Moves every later reading forward by {@code step}. */
    public void shift(Duration step) {
        shift = shift.plus(step);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a shiftable clock reads UTC");
    }
}
