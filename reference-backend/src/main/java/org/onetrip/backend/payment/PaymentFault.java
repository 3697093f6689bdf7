package org.onetrip.backend.payment;

/**
 * What the reference payment platform can be told to do wrong, as real platforms do. Switch them
 * with {@link PaymentFaults} or {@code POST /admin/payment-faults}.
 */
public enum PaymentFault {
    /**
     * A payment-code payment answers {@code USERPAYING}: the payer is still entering a password; the
     * order turns paid at the second query after.
     */
    PAYER_ENTERS_PASSWORD,
    /** A payment-code payment answers {@code USERPAYING} and the payer never confirms; only a cancel ends it. */
    PAYER_NEVER_CONFIRMS,
    /**
     * A payment-code payment is made, but the answer is {@code PAYMENT_RESULT_UNKNOWN} (500): the
     * kiosk must query to learn it was paid.
     */
    UNKNOWN_RESULT,
    /** A payment-code payment is made, but the answer comes only after {@link PaymentFaults#answerDelay()}. */
    TIME_OUT,
    /** Every notification is sent twice. */
    DUPLICATE_NOTIFICATION,
    /**
     * Closing an unpaid order answers {@code CLOSED}, yet the payer's payment lands right after: the
     * order is paid (the platform's statement and notifications say so), and it is the kiosk's to refund.
     */
    PAID_AFTER_CLOSE,
    /** Every refund is refused with {@code REFUND_REFUSED}. */
    REFUND_REFUSED
}
