package org.onetrip.kiosk.supervision;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.onetrip.kiosk.outbox.RetryPolicy;

/**
 * How closely the supervisor watches.
 *
 * @param healthyProbe how often a usable device is asked for its state (its own events come in between)
 * @param failedProbe  the back-off between probes of an unusable device, so a pulled cable is
 *                     noticed back within seconds at first and within {@code failedProbe.max()} later
 * @param counterSync  how often the drivers' counts and the uptime are written to the database
 */
public record SupervisionSettings(Duration healthyProbe, RetryPolicy failedProbe, Duration counterSync) {

    public SupervisionSettings {
        requirePositive(healthyProbe, "healthyProbe");
        Objects.requireNonNull(failedProbe, "failedProbe");
        requirePositive(counterSync, "counterSync");
    }

    /** A probe a minute while healthy; 1 s growing to 1 min while failed; counters every minute. */
    public static SupervisionSettings standard(RandomGenerator random) {
        return new SupervisionSettings(Duration.ofMinutes(1),
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 2.0, random), Duration.ofMinutes(1));
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
