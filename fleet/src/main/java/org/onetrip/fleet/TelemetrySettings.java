package org.onetrip.fleet;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a kiosk tells the fleet about itself.
 *
 * @param statusEvery  a status goes out at least this often, changed or not (a minute)
 * @param checkEvery   how often the status is looked at for a change; zero when the caller says
 *                     itself when it changed ({@link TelemetryPublisher#changed()})
 * @param spoolLimit   events kept on disk while the broker cannot be reached
 * @param version      the kiosk software's version, in the birth message
 */
public record TelemetrySettings(Duration statusEvery, Duration checkEvery, int spoolLimit, String version) {

    public TelemetrySettings {
        Objects.requireNonNull(statusEvery, "statusEvery");
        Objects.requireNonNull(checkEvery, "checkEvery");
        Objects.requireNonNull(version, "version");
        if (statusEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a status every " + statusEvery + " is too often");
        }
        if (checkEvery.isNegative()) {
            throw new IllegalArgumentException("checkEvery must not be negative");
        }
        if (spoolLimit < 1) {
            throw new IllegalArgumentException("the event spool holds at least one event");
        }
    }

    /** A kiosk's: status every minute, looked at for changes every second, 1,000 events kept. */
    public static TelemetrySettings kiosk(String version) {
        return new TelemetrySettings(Duration.ofMinutes(1), Duration.ofSeconds(1), 1000, version);
    }
}
