package org.onetrip.kiosk.submission;

import java.util.Objects;

/** What became of "submit": filed (print the receipt now) or refused (tell the citizen, nothing was kept). */
public sealed interface FilingOutcome {

    /**
     * Committed to the outbox: from now on the filing reaches the approval system exactly once.
     *
     * @param submissionId   the package's id, also the idempotency key with the backend
     * @param trackingNumber printed on the receipt
     * @param receipt        everything the receipt shows
     */
    record Filed(String submissionId, String trackingNumber, ReceiptData receipt) implements FilingOutcome {
        public Filed {
            Objects.requireNonNull(submissionId, "submissionId");
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /**
     * Not filed; nothing of it was kept and nothing already queued was touched.
     *
     * @param reason  for the screen's words
     * @param message for the technician's log: no personal data
     */
    record Refused(FilingRefused reason, String message) implements FilingOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
