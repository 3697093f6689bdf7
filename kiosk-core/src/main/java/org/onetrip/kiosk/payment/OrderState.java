package org.onetrip.kiosk.payment;

/**
 * Where one of the kiosk's orders stands, as its ledger keeps it. Every order ends {@link
 * #DELIVERED}, {@link #REFUNDED}, {@link #CLOSED} or (the citizen's choice after a failed print)
 * {@link #CREDIT}; the {@link PaymentWorker} finishes what a crash or a network cut left open.
 */
public enum OrderState {
    /** Recorded by the kiosk; the platform may or may not have it yet. */
    CREATED(false),
    /** At the platform, waiting for the payer (or for the result of a payment-code payment). */
    AWAITING_PAYMENT(false),
    /** The kiosk gave up waiting (or the citizen cancelled): close or cancel until the platform answers. */
    CANCELLING(false),
    /** The platform confirmed payment; what was paid for is not delivered yet. */
    PAID(false),
    /** Paid, and what was paid for was delivered (a notice settled, a certificate printed). */
    DELIVERED(true),
    /** Paid, not delivered: the refund is asked until the platform makes it. */
    REFUNDING(false),
    /** Paid and refunded in full. */
    REFUNDED(true),
    /** Closed unpaid. */
    CLOSED(true),
    /** Paid, the certificate did not print, and the citizen keeps the payment as credit for a reprint. */
    CREDIT(true);

    private final boolean finished;

    OrderState(boolean finished) {
        this.finished = finished;
    }

    /** Whether nothing more happens to the order (a credit waits for its reprint, but no worker acts on it). */
    public boolean isFinished() {
        return finished;
    }
}
