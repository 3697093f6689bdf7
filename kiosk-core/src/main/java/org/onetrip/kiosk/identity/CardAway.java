package org.onetrip.kiosk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The identified citizen's card left the reader during their session: the kiosk asks for it
 * back, and ends the session, wiping it, unless the same card returns within the grace period.
 *
 * @param since when the card left
 * @param grace how long the kiosk waits for it; positive
 */
public record CardAway(Instant since, Duration grace) {

    public CardAway {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("grace must be positive, was " + grace);
        }
    }
}
