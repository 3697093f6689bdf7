package org.onetrip.kiosk.maintenance;

import java.time.Instant;
import java.util.Objects;

/** Whether a technician may enter a PIN now. */
public sealed interface LockoutState {

    /**
     * PIN entry is open.
     *
     * @param attemptsLeft wrong PINs still allowed before it closes, at least 1
     */
    record Open(int attemptsLeft) implements LockoutState {
    }

    /** PIN entry is closed until {@code until}, after wrong PINs. */
    record Closed(Instant until) implements LockoutState {
        public Closed {
            Objects.requireNonNull(until, "until");
        }
    }

    /** PIN entry stays closed until a technician card or a remote unlock opens it. */
    record UnlockNeeded(Reason reason) implements LockoutState {
        public UnlockNeeded {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why PIN entry needs an unlock. */
    enum Reason {
        /** Too many wrong PINs: the kiosk is out of service for citizens too. */
        TOO_MANY_WRONG_PINS,
        /** The audit journal, where the count of wrong PINs is kept, is broken: the count cannot be trusted. */
        JOURNAL_BROKEN
    }

    /** Whether this state takes the kiosk out of service for citizens. */
    default boolean outOfService() {
        return this instanceof UnlockNeeded needed && needed.reason() == Reason.TOO_MANY_WRONG_PINS;
    }
}
