package org.onetrip.kiosk.maintenance;

import java.time.Instant;
import java.util.Objects;

/** What entering a technician PIN came to. */
public sealed interface PinOutcome {

    /** The PIN matched a configured hash; the count of wrong PINs starts again. */
    record Accepted() implements PinOutcome {
    }

    /**
     * The PIN matched none.
     *
     * @param attemptsLeft wrong PINs still allowed before PIN entry closes, 1 or more
     */
    record Wrong(int attemptsLeft) implements PinOutcome {
    }

    /**
     * PIN entry is closed until {@code until}; the PIN given was not checked, or was the one
     * that closed it.
     *
     * @param until when entry opens again
     */
    record LockedOut(Instant until) implements PinOutcome {
        public LockedOut {
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * PIN entry is closed until a technician card or a remote unlock; the PIN given was not
     * checked, or was the one that closed it.
     */
    record UnlockNeeded(LockoutState.Reason reason) implements PinOutcome {
        public UnlockNeeded {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Maintenance needs a technician card on the reader besides the PIN; the PIN was not checked. */
    record CardNeeded() implements PinOutcome {
    }
}
