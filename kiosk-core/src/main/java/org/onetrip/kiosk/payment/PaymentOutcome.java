package org.onetrip.kiosk.payment;

import java.util.Objects;

/** How one payment at the kiosk ended for the citizen. */
public sealed interface PaymentOutcome {

    /**
     * The platform confirmed payment: now, and only now, may the kiosk print or issue what was paid
     * for (see {@link PaymentDelivery}).
     *
     * @param order as the ledger holds it, {@link OrderState#PAID}, with the e-receipt where issued
     */
    record Paid(KioskOrder order) implements PaymentOutcome {
        public Paid {
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * Not paid: nothing is printed or issued.
     *
     * @param orderNo empty when no order was made
     */
    record NotPaid(String orderNo, NotPaidReason reason) implements PaymentOutcome {
        public NotPaid {
            Objects.requireNonNull(orderNo, "orderNo");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a payment ended without one; the screen turns it into words. */
    enum NotPaidReason {
        /** The citizen cancelled. */
        CANCELLED,
        /** The on-screen QR was not paid in time; its order is closed. */
        QR_EXPIRED,
        /** A payment code's result stayed unknown; the order was cancelled (any money taken goes back). */
        UNCONFIRMED,
        /** The payer's channel declined the payment code. */
        DECLINED,
        /** The cancel found the payment made and refunded it in full. */
        REFUNDED_ON_CANCEL,
        /** The notice was already paid. */
        ALREADY_PAID,
        /** The platform could not be reached, or refused the order. */
        PLATFORM_UNAVAILABLE
    }
}
