package org.onetrip.devices.codescanner;

/** How a code scanner decides when to read. */
public enum ScanMode {
    /** It reads whatever is shown to it and sends it at once; the kiosk takes only what comes while it asks. */
    CONTINUOUS,
    /** It reads only after the kiosk sends its trigger command, until a code is read or the stop command. */
    TRIGGERED
}
