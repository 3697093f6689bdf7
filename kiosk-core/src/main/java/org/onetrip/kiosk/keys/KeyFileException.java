package org.onetrip.kiosk.keys;

/** A key file cannot be created, read or trusted; the kiosk cannot take filings without it. */
public final class KeyFileException extends RuntimeException {

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyFileException(String message) {
        super(message);
    }
}
