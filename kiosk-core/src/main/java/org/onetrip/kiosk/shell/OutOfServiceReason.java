package org.onetrip.kiosk.shell;

/** Why the kiosk cannot serve citizens now; the screen turns each into plain words. */
public enum OutOfServiceReason {
    /** A technician has taken the kiosk out of service. */
    MAINTENANCE,
    /** Too many wrong technician PINs were tried; a technician or the operator must unlock the kiosk. */
    LOCKED_OUT,
    /** A device the kiosk cannot work without has failed. */
    DEVICE_FAULT,
    /** The approval backend cannot be reached. */
    NETWORK_OUTAGE
}
