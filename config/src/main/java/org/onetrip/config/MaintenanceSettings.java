package org.onetrip.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Who may enter maintenance mode and how hard guessing is made.
 *
 * <p>PIN entry closes after every {@code maxWrongAttempts} wrong PINs in a row, first for
 * {@code lockout}, then each time twice as long; after {@link #OUT_OF_SERVICE_AFTER} wrong PINs
 * the kiosk goes out of service until a technician card or a remote unlock.
 *
 * @param technicianPins    hashes of the PINs that open maintenance mode; at least one
 * @param maxWrongAttempts  wrong PINs in a row before each closing of PIN entry, 1 to 20
 * @param lockout           how long PIN entry stays closed the first time; doubled each time after
 * @param technicianCards   card ids (upper-case hex) of technician cards; when there is any, maintenance
 *                          mode needs one of them on the reader and a PIN; may be empty
 */
public record MaintenanceSettings(List<PinHash> technicianPins, int maxWrongAttempts, Duration lockout,
                                  List<String> technicianCards) {

    public static final int DEFAULT_MAX_WRONG_ATTEMPTS = 5;
    public static final int MAX_WRONG_ATTEMPTS_LIMIT = 20;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(5);
    /** Wrong PINs in a row after which the kiosk goes out of service. */
    public static final int OUT_OF_SERVICE_AFTER = 20;
    /**
     * The PIN of the shipped demo configuration, published in the README: a configuration
     * with a real device is refused when a technician PIN is this one.
     */
    public static final String DEMO_PIN = "246810";

    public MaintenanceSettings {
        technicianPins = List.copyOf(technicianPins);
        technicianCards = List.copyOf(technicianCards);
        if (technicianPins.isEmpty()) {
            throw new IllegalArgumentException("at least one technician PIN hash is needed");
        }
        if (maxWrongAttempts < 1 || maxWrongAttempts > MAX_WRONG_ATTEMPTS_LIMIT) {
            throw new IllegalArgumentException("maxWrongAttempts must be from 1 to " + MAX_WRONG_ATTEMPTS_LIMIT
                    + ", got " + maxWrongAttempts);
        }
        Timeouts.requirePositive(lockout, "lockout");
        for (String card : technicianCards) {
            Objects.requireNonNull(card, "technician card");
            if (!card.matches("[0-9A-F]{8,20}")) {
                throw new IllegalArgumentException("technician card id must be 8 to 20 upper-case hex digits");
            }
        }
    }

    /** Whether maintenance mode needs a technician card besides the PIN. */
    public boolean needsCard() {
        return !technicianCards.isEmpty();
    }

    /** Whether any technician PIN matches; the caller counts wrong attempts. */
    public boolean acceptsPin(char[] pin) {
        boolean accepted = false;
        // checks every hash so that the time taken does not tell which one matched
        for (PinHash hash : technicianPins) {
            accepted |= hash.matches(pin);
        }
        return accepted;
    }
}
