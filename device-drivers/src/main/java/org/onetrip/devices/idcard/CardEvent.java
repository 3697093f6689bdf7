package org.onetrip.devices.idcard;

import java.time.Instant;

/** A card arrived on or left a reader. */
public sealed interface CardEvent {
    Instant at();

    record CardPlaced(Instant at) implements CardEvent {
    }

    record CardRemoved(Instant at) implements CardEvent {
    }
}
