package org.onetrip.kiosk.outbox;

import java.time.LocalDate;

/** What one attempt to hand a filing over came to. */
public sealed interface DeliveryResult {

    /** The backend committed the filing. */
    record Acknowledged(String acceptanceNumber, LocalDate promisedDate) implements DeliveryResult {
    }

    /** The backend refused it for good; {@code code} is its reason, e.g. {@code ID_CARD_EXPIRED}. */
    record Rejected(String code, String message) implements DeliveryResult {
    }

    /** Not now: the network, the backend or its answer failed; try again after a back-off. */
    record TryLater(String reason) implements DeliveryResult {
    }
}
