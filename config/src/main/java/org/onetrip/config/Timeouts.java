package org.onetrip.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the kiosk waits. All must be positive.
 *
 * @param inactivity    idle time on a citizen screen before the countdown warning shows
 * @param warning       length of that countdown; when it ends the session is closed and cleared
 * @param cardRead      longest wait for an ID card to be read once placed
 * @param deviceCommand longest wait for one device command's answer
 * @param backendCall   longest wait for one call to the approval backend
 */
public record Timeouts(Duration inactivity, Duration warning, Duration cardRead, Duration deviceCommand,
                       Duration backendCall) {

    public static final Duration DEFAULT_INACTIVITY = Duration.ofSeconds(60);
    public static final Duration DEFAULT_WARNING = Duration.ofSeconds(20);
    public static final Duration DEFAULT_CARD_READ = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEVICE_COMMAND = Duration.ofSeconds(5);
    public static final Duration DEFAULT_BACKEND_CALL = Duration.ofSeconds(15);

    public static final Timeouts DEFAULT = new Timeouts(DEFAULT_INACTIVITY, DEFAULT_WARNING, DEFAULT_CARD_READ,
            DEFAULT_DEVICE_COMMAND, DEFAULT_BACKEND_CALL);

    public Timeouts {
        requirePositive(inactivity, "inactivity");
        requirePositive(warning, "warning");
        requirePositive(cardRead, "cardRead");
        requirePositive(deviceCommand, "deviceCommand");
        requirePositive(backendCall, "backendCall");
    }

    static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
