package org.onetrip.kiosk.keys;

/**
 * The kiosk's identity key cannot be created, opened or used: the TPM or its token cannot be
 * reached, refuses the PIN, or refuses an operation. The kiosk cannot reach the backend without it.
 */
public final class IdentityKeyException extends RuntimeException {

    public IdentityKeyException(String message, Throwable cause) {
        super(message, cause);
    }

    public IdentityKeyException(String message) {
        super(message);
    }
}
