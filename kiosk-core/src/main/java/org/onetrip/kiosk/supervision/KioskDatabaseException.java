package org.onetrip.kiosk.supervision;

/** The kiosk database (counters, audit journal, maintenance lockout) could not be read or written. */
public final class KioskDatabaseException extends RuntimeException {
    public KioskDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
