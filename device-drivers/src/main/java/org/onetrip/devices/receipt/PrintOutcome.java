package org.onetrip.devices.receipt;

import java.time.Duration;
import java.util.Objects;

/** How a receipt ended: printed and cut, or failed with the reason and how far it got. */
public sealed interface PrintOutcome {

    ReceiptId id();

    /**
     * The printer confirmed every line and the cut.
     *
     * @param reprint whether it carried the reprint banner
     * @param status  the printer's status after the cut (may say paper near end)
     * @param took    from the start of the job to the printer's confirmation
     */
    record Printed(ReceiptId id, boolean reprint, PrintProgress progress, PrinterStatus status, Duration took)
            implements PrintOutcome {
        public Printed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(took, "took");
        }
    }

    /**
     * The receipt did not print completely. A retry of the same id prints with the reprint
     * banner when anything was sent this time.
     *
     * @param detail one line for technicians, for example "paper ran out after 12 of 40 lines"
     */
    record Failed(ReceiptId id, FailureReason reason, String detail, PrintProgress progress) implements PrintOutcome {
        public Failed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(progress, "progress");
        }
    }
}
