package org.onetrip.kiosk.supervision;

/** Whether a technician, or a lockout, has taken the kiosk out of service, whatever its devices say. */
public enum ServiceMode {
    /** The devices decide what is offered. */
    NORMAL,
    /** A technician took the kiosk out of service; nothing is offered until it is put back. */
    TAKEN_OUT,
    /** Too many wrong technician PINs: nothing is offered until a technician card or a remote unlock. */
    LOCKED_OUT
}
