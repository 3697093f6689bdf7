package org.onetrip.devices.idcard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A card arrived on or left a reader. A card swapped for another between two checks of a
 * watch arrives as {@link CardRemoved} followed by {@link CardPlaced} with the new card's
 * identifier, so a receiver never has to compare identifiers to notice a swap.
 */
public sealed interface CardEvent {
    Instant at();

    /**
     * A card lies on the reader.
     *
     * @param card which card, when the reader can tell (see {@link CardIdentifier}); empty for
     *             readers and cards that cannot be told apart
     */
    record CardPlaced(Instant at, Optional<CardIdentifier> card) implements CardEvent {
        public CardPlaced {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(card, "card");
        }

        /** A card the reader cannot identify. */
        public CardPlaced(Instant at) {
            this(at, Optional.empty());
        }
    }

    record CardRemoved(Instant at) implements CardEvent {
        public CardRemoved {
            Objects.requireNonNull(at, "at");
        }
    }
}
