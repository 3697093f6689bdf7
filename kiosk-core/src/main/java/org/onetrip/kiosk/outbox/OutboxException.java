package org.onetrip.kiosk.outbox;

/** The outbox database or its files cannot be read or written: a disk or file-system failure. */
public final class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
