package org.onetrip.devices.status;

/**
 * Why a device is in its state, across all device kinds. Each reason carries a short
 * description for technicians; citizens see wording chosen by the screens instead.
 */
public enum DeviceReason {
    NO_CARD("no card on the reader"),
    CARD_UNREADABLE("the last card could not be read"),
    CARD_EXPIRED("the last card presented has expired"),
    SAM_FAULT("the security access module failed its self-test or is not authorised"),
    PORT_MISSING("the device port or connection is missing"),
    TIMEOUT("the device did not answer in time"),
    PROTOCOL_ERROR("the device sent a malformed or corrupted message"),
    PAPER_NEAR_END("paper is near its end"),
    PAPER_OUT("paper is out"),
    COVER_OPEN("a cover is open"),
    CUTTER_ERROR("the paper cutter failed"),
    UNRECOVERABLE_ERROR("the device reports an error it cannot recover from; power-cycle it or call service"),
    MEDIA_JAM("media is jammed"),
    FEEDER_EMPTY("the document feeder is empty"),
    TONER_LOW("toner or ink is low"),
    TONER_OUT("toner or ink is out"),
    OVERHEATED("the print head or the device is too hot"),
    DOOR_OPEN("a door of the device is open"),
    PAUSED("the device was paused or is shutting down"),
    INPUT_TRAY_MISSING("an input tray is missing"),
    OUTPUT_AREA_FULL("the output tray is full"),
    DEVICE_FAULT("the device reports a fault it does not name");

    private final String description;

    DeviceReason(String description) {
        this.description = description;
    }

    /** A short explanation for technicians, in English. */
    public String description() {
        return description;
    }
}
