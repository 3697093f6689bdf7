package org.onetrip.kiosk.payment;

import java.util.Objects;

/**
 * One way the kiosk's orders and the platform's daily statement disagree.
 *
 * @param orderNo     the order it is about
 * @param kioskState  the kiosk's state, or {@code -} when the kiosk has no such order
 * @param platformState the platform's state, or {@code -} when the statement has no such order
 * @param detail      for the hall's accountant, in words; never a payment code
 */
public record Mismatch(Kind kind, String orderNo, String kioskState, String platformState, String detail) {

    /** What is wrong. */
    public enum Kind {
        /** The platform took the money; the kiosk did not deliver (nor keep it as credit), nor refund it. */
        PAID_NOT_DELIVERED,
        /** The kiosk delivered, or keeps a credit, for money the platform does not hold as paid. */
        DELIVERED_NOT_PAID,
        /** The platform refunded the order more than once, or more than was paid. */
        REFUNDED_TWICE,
        /** The kiosk holds the order refunded; the platform does not. */
        REFUND_NOT_AT_PLATFORM,
        /** The platform refunded an order the kiosk holds as not refunded. */
        REFUND_NOT_AT_KIOSK,
        /** The amounts differ. */
        AMOUNT_DIFFERS,
        /** The kiosk has the order (and it reached the platform), the statement does not. */
        UNKNOWN_TO_PLATFORM,
        /** The statement has the order, the kiosk does not. */
        UNKNOWN_TO_KIOSK,
        /** The kiosk has not finished the order yet. */
        STILL_OPEN
    }

    public Mismatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderNo, "orderNo");
    }

    /** One line for a terminal. */
    public String line() {
        return kind + " " + orderNo + " kiosk " + kioskState + ", platform " + platformState + ": " + detail;
    }
}
