package org.onetrip.devices.idcard;

import java.time.LocalDate;
import java.util.Objects;

/** The outcome of one card read. */
public sealed interface CardRead {

    /**
     * A complete, checked identity. The receiver owns it and must {@link IdentityRecord#wipe()} it.
     *
     * @param card the card the identity was read from, when the reader can tell; it is the same
     *             identifier a {@link CardEvent.CardPlaced} of that card carries, and the reader
     *             has checked that the card did not change during the read
     */
    record Success(IdentityRecord identity, java.util.Optional<CardIdentifier> card) implements CardRead {
        public Success {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(card, "card");
        }

        /** An identity from a card the reader cannot identify. */
        public Success(IdentityRecord identity) {
            this(identity, java.util.Optional.empty());
        }

        /** Masked like the record; the identifier shows its last digits only. */
        @Override
        public String toString() {
            return "Success[" + identity + ", card=" + card.map(CardIdentifier::toString).orElse("unknown") + "]";
        }
    }

    /**
     * No identity: the reason says what the citizen should do.
     *
     * @param reason what went wrong
     * @param detail for technicians: status codes, bytes in hex; never personal data
     */
    record Failure(ReadFailure reason, String detail) implements CardRead {
        public Failure {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The card was read but its validity ended on {@code expiredOn}; its data has been wiped. */
    record Expired(LocalDate expiredOn) implements CardRead {
        public Expired {
            Objects.requireNonNull(expiredOn, "expiredOn");
        }
    }

    /** The failure reason, or empty for a success. */
    default java.util.Optional<ReadFailure> failure() {
        if (this instanceof Failure f) {
            return java.util.Optional.of(f.reason());
        }
        if (this instanceof Expired) {
            return java.util.Optional.of(ReadFailure.EXPIRED);
        }
        return java.util.Optional.empty();
    }
}
