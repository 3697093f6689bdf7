package org.onetrip.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Who may enter maintenance mode and how hard guessing is made.
 *
 * @param technicianPins    hashes of the PINs that open maintenance mode; at least one
 * @param maxWrongAttempts  wrong PINs in a row before the lockout, 1 to 20
 * @param lockout           how long PIN entry stays closed after too many wrong PINs
 * @param technicianCards   card ids (upper-case hex) that open maintenance mode when tapped; may be empty
 */
public record MaintenanceSettings(List<PinHash> technicianPins, int maxWrongAttempts, Duration lockout,
                                  List<String> technicianCards) {

    public static final int DEFAULT_MAX_WRONG_ATTEMPTS = 5;
    public static final int MAX_WRONG_ATTEMPTS_LIMIT = 20;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);

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
