package org.onetrip.kiosk.supervision;

/** Whether a technician has taken the kiosk out of service, whatever its devices say. */
public enum ServiceMode {
    /** The devices decide what is offered. */
    NORMAL,
    /** A technician took the kiosk out of service; nothing is offered until it is put back. */
    TAKEN_OUT
}
