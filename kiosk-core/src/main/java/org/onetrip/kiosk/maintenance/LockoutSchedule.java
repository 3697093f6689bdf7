package org.onetrip.kiosk.maintenance;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.config.MaintenanceSettings;

/**
 * When wrong technician PINs close PIN entry, and for how long. A pure function of the number of
 * wrong PINs in a row (since the last right PIN or remote unlock).
 *
 * <p>After every {@code wrongPerStep} wrong PINs, PIN entry closes: the first time for
 * {@code firstClosing}, then each time twice as long (at most a day). After
 * {@code outOfServiceAfter} wrong PINs the kiosk goes out of service until a technician card or a
 * remote unlock; once a technician card has lifted that, PIN entry opens one closing later
 * ({@link #closingBeyond()} after the last wrong PIN) for one PIN at a time: a wrong one puts
 * the kiosk out of service again. With the defaults (5, 5 min, 20):
 *
 * <pre>
 * wrong PINs in a row   1-4    5      6-9    10      11-14  15      16-19  20
 * PIN entry             open   5 min  open   10 min  open   20 min  open   out of service
 *                                                                          (card: 40 min after the 20th)
 * </pre>
 *
 * @param wrongPerStep      wrong PINs before each closing, 1 to {@code outOfServiceAfter}
 * @param firstClosing      the first closing; positive
 * @param outOfServiceAfter wrong PINs in a row that take the kiosk out of service, 1 to 20
 */
public record LockoutSchedule(int wrongPerStep, Duration firstClosing, int outOfServiceAfter) {

    /** No closing is longer than this, however many steps. */
    public static final Duration LONGEST_CLOSING = Duration.ofDays(1);

    public LockoutSchedule {
        Objects.requireNonNull(firstClosing, "firstClosing");
        if (outOfServiceAfter < 1 || outOfServiceAfter > MaintenanceSettings.OUT_OF_SERVICE_AFTER) {
            throw new IllegalArgumentException("outOfServiceAfter must be from 1 to " + MaintenanceSettings.OUT_OF_SERVICE_AFTER
                    + ", got " + outOfServiceAfter);
        }
        if (wrongPerStep < 1 || wrongPerStep > outOfServiceAfter) {
            throw new IllegalArgumentException("wrongPerStep must be from 1 to " + outOfServiceAfter + ", got " + wrongPerStep);
        }
        if (firstClosing.isZero() || firstClosing.isNegative()) {
            throw new IllegalArgumentException("firstClosing must be positive, got " + firstClosing);
        }
    }

    /** The configured steps, out of service after {@link MaintenanceSettings#OUT_OF_SERVICE_AFTER}. */
    public static LockoutSchedule of(MaintenanceSettings settings) {
        return new LockoutSchedule(settings.maxWrongAttempts(), settings.lockout(), MaintenanceSettings.OUT_OF_SERVICE_AFTER);
    }

    /**
     * How long PIN entry closes right after the {@code wrong}-th wrong PIN in a row; empty when it
     * stays open, and from {@link #outOfServiceAfter} on (the kiosk is out of service then).
     */
    public Optional<Duration> closingAfter(int wrong) {
        if (wrong < wrongPerStep || wrong >= outOfServiceAfter || wrong % wrongPerStep != 0) {
            return Optional.empty();
        }
        return Optional.of(doubled(wrong / wrongPerStep - 1));
    }

    /** Whether {@code wrong} wrong PINs in a row take the kiosk out of service. */
    public boolean outOfService(int wrong) {
        return wrong >= outOfServiceAfter;
    }

    /** Wrong PINs still allowed after {@code wrong} before PIN entry closes or the kiosk goes out of service; at least 1. */
    public int attemptsLeft(int wrong) {
        if (wrong >= outOfServiceAfter) {
            return 1;
        }
        return Math.min(wrongPerStep - wrong % wrongPerStep, outOfServiceAfter - wrong);
    }

    /**
     * How long after the last wrong PIN entry stays closed once a technician card has lifted
     * the out-of-service lockout: the closing that would come next.
     */
    public Duration closingBeyond() {
        int steps = (outOfServiceAfter + wrongPerStep - 1) / wrongPerStep;
        return doubled(steps - 1);
    }

    private Duration doubled(int times) {
        Duration closing = firstClosing;
        for (int i = 0; i < times && closing.compareTo(LONGEST_CLOSING) < 0; i++) {
            closing = closing.multipliedBy(2);
        }
        return closing.compareTo(LONGEST_CLOSING) > 0 ? LONGEST_CLOSING : closing;
    }
}
