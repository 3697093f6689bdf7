package org.onetrip.kiosk.maintenance;

/** Where the way into maintenance mode stands. */
public enum EntryStage {
    /** Citizens' screens; the hidden gesture or a technician card opens the way in. */
    CLOSED,
    /** The hidden gesture was made on a kiosk with technician cards: the screen asks for the card. */
    ASKING_CARD,
    /** The PIN prompt shows. */
    ASKING_PIN,
    /** Maintenance mode is open. */
    OPEN
}
