package org.onetrip.devices.scanner.escl;

/** An eSCL document could not be read: not XML, a DOCTYPE (refused), or a required element missing. */
public final class EsclFormatException extends RuntimeException {
    public EsclFormatException(String message) {
        super(message);
    }

    public EsclFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
