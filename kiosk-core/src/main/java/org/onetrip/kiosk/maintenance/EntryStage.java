package org.onetrip.kiosk.maintenance;

/** Where the way into maintenance mode stands. */
public enum EntryStage {
    /** Citizens' screens; the hidden gesture or a technician card opens the PIN prompt or the mode. */
    CLOSED,
    /** The PIN prompt shows. */
    ASKING_PIN,
    /** Maintenance mode is open. */
    OPEN
}
