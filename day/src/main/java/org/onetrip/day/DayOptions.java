package org.onetrip.day;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * @param journeys      the journeys citizens take (by name: {@value #FILE}, {@value #PRINT}, {@value #PROGRESS}),
 *                      e.g. only filings to fill an offline kiosk's outbox
 */
public record DayOptions(int sessions, long seed, Optional<Path> dataDirectory, BackendMode backend,
                         Path configDirectory, boolean timeoutsOn, Set<String> journeys) {

    public static final String FILE = "file";
    public static final String PRINT = "print";
    public static final String PROGRESS = "progress";
    /** Paying a fee or a notice at the kiosk (headless: the payment journey's model, the scanner on a pty). */
    public static final String PAY = "pay";
    /** Every journey of the kiosk. */
    public static final Set<String> ALL_JOURNEYS = Set.of(FILE, PRINT, PROGRESS, PAY);

    /** A day of every journey. */
    public DayOptions(int sessions, long seed, Optional<Path> dataDirectory, BackendMode backend,
                      Path configDirectory, boolean timeoutsOn) {
        this(sessions, seed, dataDirectory, backend, configDirectory, timeoutsOn, ALL_JOURNEYS);
    }

    public DayOptions {
        journeys = Set.copyOf(journeys);
        if (journeys.isEmpty() || !ALL_JOURNEYS.containsAll(journeys)) {
            throw new IllegalArgumentException("--journeys takes one or more of file, print, progress, pay (comma"
                    + " separated), was " + journeys);
        }
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
