package org.onetrip.kiosk.input;

/**
 * An input engine (librime, zinnia) or its data cannot be used: a missing Debian package or a
 * broken installation, for a technician to fix; the message names what is missing.
 */
public class InputEngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputEngineException(String message) {
        super(message);
    }

    public InputEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
