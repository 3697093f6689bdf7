package org.onetrip.devices;

/**
 * An unexpected fault in a device library: a programming error, a broken invariant or a
 * transport failing in a way no outcome type describes. Expected situations (no card, an
 * expired card, a reader that does not answer) are outcome values, never this exception.
 */
public class DeviceException extends RuntimeException {
    public DeviceException(String message) {
        super(message);
    }

    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
