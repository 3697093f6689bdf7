package org.onetrip.kiosk.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one citizen's session came to, as far as the shell saw it; no personal data.
 *
 * @param started  when the first touch started it
 * @param ended    when it ended
 * @param how      how it ended
 * @param journeys the journeys opened, in order (a journey opened twice is there twice)
 */
public record SessionEnd(Instant started, Instant ended, SessionEnding how, List<Journey> journeys) {

    public SessionEnd {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(how, "how");
        journeys = List.copyOf(journeys);
    }

    /** How long the session lasted. */
    public Duration length() {
        return Duration.between(started, ended);
    }
}
