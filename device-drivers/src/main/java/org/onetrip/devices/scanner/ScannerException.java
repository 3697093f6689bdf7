package org.onetrip.devices.scanner;

import org.onetrip.devices.DeviceException;

/** A scanner could not be asked something no outcome type describes (its capabilities, for one). */
public final class ScannerException extends DeviceException {
    private final ScanFailure reason;

    public ScannerException(ScanFailure reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public ScanFailure reason() {
        return reason;
    }
}
