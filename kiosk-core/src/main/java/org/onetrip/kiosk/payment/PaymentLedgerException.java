package org.onetrip.kiosk.payment;

/** The payment ledger's database cannot be read or written. */
public final class PaymentLedgerException extends RuntimeException {

    public PaymentLedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
