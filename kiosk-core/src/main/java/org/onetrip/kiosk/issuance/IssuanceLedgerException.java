package org.onetrip.kiosk.issuance;

/** The issuance ledger's database cannot be opened, read or written. */
public final class IssuanceLedgerException extends RuntimeException {
    public IssuanceLedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
