package org.onetrip.devices.printer.sim;

/**
 * A fault the simulated printer can be put in. Each stops the printer (printer-state stopped)
 * and is reported as its printer-state-reasons keyword with the {@code -error} severity, as an
 * IPP Everywhere printer reports it.
 */
public enum PrinterCondition {
    /** The tray is empty; a job being printed waits (processing-stopped) until paper is loaded. */
    MEDIA_EMPTY("media-empty-error"),
    /** Paper is jammed; a job being printed is aborted. */
    MEDIA_JAM("media-jam-error"),
    /** A door is open; a job being printed waits until it is closed. */
    DOOR_OPEN("door-open-error"),
    /** An operator paused the printer; a job being printed waits until it is resumed. */
    PAUSED("paused");

    private final String keyword;

    PrinterCondition(String keyword) {
        this.keyword = keyword;
    }

    /** The printer-state-reasons keyword reported while the condition holds. */
    public String keyword() {
        return keyword;
    }
}
