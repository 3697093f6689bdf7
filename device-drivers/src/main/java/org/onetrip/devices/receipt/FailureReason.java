package org.onetrip.devices.receipt;

/** Why a receipt did not print. Screens turn these into words for the citizen. */
public enum FailureReason {
    /** The printer is not connected or does not answer; nothing was sent. */
    OFFLINE,
    /** The paper ran out (before or during the receipt). */
    PAPER_OUT,
    /** The cover is open. */
    COVER_OPEN,
    /** The receipt printed but the cutter failed. */
    CUTTER_ERROR,
    /** The printer reports a fault that needs a technician. */
    HARDWARE_ERROR,
    /** The connection broke while the receipt was being sent. */
    CONNECTION_LOST,
    /** The printer stopped confirming progress without saying why. */
    TIMEOUT,
    /** The receipt could not be turned into printer commands (for example a barcode with characters CODE128 cannot carry); nothing was sent. */
    UNPRINTABLE,
    /** The driver failed unexpectedly; the progress says how much was sent and confirmed. */
    DRIVER_ERROR,
    /** The printer driver was closed before the receipt printed. */
    CLOSED
}
