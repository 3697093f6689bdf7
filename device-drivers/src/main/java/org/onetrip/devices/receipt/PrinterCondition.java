package org.onetrip.devices.receipt;

/** A condition a receipt printer reports about itself (ESC/POS status bits, named). */
public enum PrinterCondition {
    /** The printer says it is offline (for any of the causes below, or a feed in progress). */
    OFFLINE,
    /** The cover is open. */
    COVER_OPEN,
    /** Little paper left on the roll; printing still works. */
    PAPER_NEAR_END,
    /** No paper: printing stopped. */
    PAPER_OUT,
    /** Paper is being fed with the feed button. */
    FEED_BUTTON,
    /** The autocutter failed (jammed paper or blade). */
    CUTTER_ERROR,
    /** A fault the printer cannot recover from without service (head, voltage, memory). */
    UNRECOVERABLE_ERROR,
    /** A fault the printer clears by itself, such as an overheated head. */
    AUTO_RECOVERABLE_ERROR,
    /** Some other error stopped the printer. */
    OTHER_ERROR
}
