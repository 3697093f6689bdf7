package org.onetrip.kiosk.payment;

import java.util.Objects;

/** What became of a paid order once the kiosk tried to deliver what was paid for; the slip says which. */
public sealed interface DeliveryOutcome {

    KioskOrder order();

    /** Delivered (printed, issued, or a notice settled). */
    record Delivered(KioskOrder order) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(order, "order");
        }
    }

    /** Not delivered; refunded in full. */
    record Refunded(KioskOrder order) implements DeliveryOutcome {
        public Refunded {
            Objects.requireNonNull(order, "order");
        }
    }

    /** Not delivered; the refund is asked and the kiosk keeps asking until the platform makes it. */
    record RefundPending(KioskOrder order) implements DeliveryOutcome {
        public RefundPending {
            Objects.requireNonNull(order, "order");
        }
    }

    /** Not delivered; kept, as the citizen chose, as credit for a reprint under the order number. */
    record KeptAsCredit(KioskOrder order) implements DeliveryOutcome {
        public KeptAsCredit {
            Objects.requireNonNull(order, "order");
        }
    }
}
