package org.onetrip.kiosk.shell;

import java.util.Objects;

/**
 * One opening of a journey: each time a citizen opens a journey it is a new visit, even of the
 * same journey, and starts on a clean screen.
 *
 * @param journey which journey
 * @param number counts the visits since the kiosk started; tells two visits of one journey apart
 */
public record JourneyVisit(Journey journey, long number) {

    public JourneyVisit {
        Objects.requireNonNull(journey, "journey");
    }
}
