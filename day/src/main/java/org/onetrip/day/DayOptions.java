package org.onetrip.day;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a day at the kiosk is made of.
 *
 * @param sessions      citizen sessions to drive, 1 or more
 * @param seed          every random choice of the day follows from it: the same seed makes the same choices
 * @param dataDirectory where the kiosk and the backend keep their data, kept after the day; empty for a
 *                      temporary directory removed at the end
 * @param backend       how the reference backend behaves
 * @param configDirectory the shipped configuration the demo kiosk is composed from (normally {@code conf})
 * @param timeoutsOn    whether sessions may be left to time out (on the manual session clock)
 */
public record DayOptions(int sessions, long seed, Optional<Path> dataDirectory, BackendMode backend,
                         Path configDirectory, boolean timeoutsOn) {

    public DayOptions {
        if (sessions < 1) {
            throw new IllegalArgumentException("--sessions must be 1 or more, was " + sessions);
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(configDirectory, "configDirectory");
    }

    /** Online backend, temporary data, the configuration in {@code configDirectory}, time-outs on. */
    public static DayOptions of(int sessions, long seed, Path configDirectory) {
        return new DayOptions(sessions, seed, Optional.empty(), BackendMode.ONLINE, configDirectory, true);
    }
}
