package org.onetrip.kiosk.outbox;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/** What one attempt to hand a filing over came to. */
public sealed interface DeliveryResult {

    /** The backend committed the filing. */
    record Acknowledged(String acceptanceNumber, LocalDate promisedDate) implements DeliveryResult {
    }

    /** The backend refused it for good; {@code code} is its reason, e.g. {@code ID_CARD_EXPIRED}. */
    record Rejected(String code, String message) implements DeliveryResult {
    }

    /**
     * Not now: the network, the backend or its answer failed; try again after a back-off.
     *
     * @param reason for the technician; never personal data
     * @param status the HTTP status of the call that failed, if one came back
     */
    record TryLater(String reason, OptionalInt status) implements DeliveryResult {
        public TryLater {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(status, "status");
        }

        /** A failure with no HTTP status: no answer, or one the kiosk could not use. */
        public TryLater(String reason) {
            this(reason, OptionalInt.empty());
        }
    }
}
