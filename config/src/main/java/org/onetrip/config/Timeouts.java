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
 * @param cardAway      grace period after the citizen's card leaves the reader mid-session: the kiosk
 *                      asks for it back, and when the period ends without it the session is ended and
 *                      wiped; at most {@link #MAX_CARD_AWAY}
 */
public record Timeouts(Duration inactivity, Duration warning, Duration cardRead, Duration deviceCommand,
                       Duration backendCall, Duration cardAway) {

    public static final Duration DEFAULT_INACTIVITY = Duration.ofSeconds(60);
    public static final Duration DEFAULT_WARNING = Duration.ofSeconds(20);
    public static final Duration DEFAULT_CARD_READ = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEVICE_COMMAND = Duration.ofSeconds(5);
    public static final Duration DEFAULT_BACKEND_CALL = Duration.ofSeconds(15);
    public static final Duration DEFAULT_CARD_AWAY = Duration.ofSeconds(30);
    /** A session without its card is kept no longer than this, whatever is configured. */
    public static final Duration MAX_CARD_AWAY = Duration.ofMinutes(5);

    public static final Timeouts DEFAULT = new Timeouts(DEFAULT_INACTIVITY, DEFAULT_WARNING, DEFAULT_CARD_READ,
            DEFAULT_DEVICE_COMMAND, DEFAULT_BACKEND_CALL, DEFAULT_CARD_AWAY);

    public Timeouts {
        requirePositive(inactivity, "inactivity");
        requirePositive(warning, "warning");
        requirePositive(cardRead, "cardRead");
        requirePositive(deviceCommand, "deviceCommand");
        requirePositive(backendCall, "backendCall");
        requirePositive(cardAway, "cardAway");
        if (cardAway.compareTo(MAX_CARD_AWAY) > 0) {
            throw new IllegalArgumentException("cardAway must be at most " + MAX_CARD_AWAY.toMinutes()
                    + " minutes, got " + cardAway);
        }
    }

    /** Time-outs with the default grace period for a removed card ({@link #DEFAULT_CARD_AWAY}). */
    public Timeouts(Duration inactivity, Duration warning, Duration cardRead, Duration deviceCommand,
                    Duration backendCall) {
        this(inactivity, warning, cardRead, deviceCommand, backendCall, DEFAULT_CARD_AWAY);
    }

    /** The same time-outs with another grace period for a removed card. */
    public Timeouts withCardAway(Duration grace) {
        return new Timeouts(inactivity, warning, cardRead, deviceCommand, backendCall, grace);
    }

    static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
