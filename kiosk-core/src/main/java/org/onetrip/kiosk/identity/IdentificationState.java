package org.onetrip.kiosk.identity;

import java.time.LocalDate;
import java.util.Objects;
import org.onetrip.devices.idcard.ReadFailure;

/** Where identifying the citizen by their ID card stands; each state is one sentence on the screen. */
public sealed interface IdentificationState {

    /** Nobody identified yet: place the card on the reader. */
    record WaitingForCard() implements IdentificationState {
    }

    /** A card is on the reader and being read: keep it still. */
    record Reading() implements IdentificationState {
    }

    /** The citizen is identified for the rest of the session. */
    record Identified(CitizenIdentity citizen) implements IdentificationState {
        public Identified {
            Objects.requireNonNull(citizen, "citizen");
        }
    }

    /** The card could not be read; the reason says what to do. Placing it again retries. */
    record NotRead(ReadFailure reason) implements IdentificationState {
        public NotRead {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The card has expired: the citizen needs a valid card. */
    record CardExpired(LocalDate expiredOn) implements IdentificationState {
        public CardExpired {
            Objects.requireNonNull(expiredOn, "expiredOn");
        }
    }
}
