package org.onetrip.devices.receipt.layout;

/** How the roll is cut at the end of a receipt. */
public enum CutMode {
    /** Cut through: the receipt falls off. */
    FULL,
    /** Leave a bridge so the receipt hangs until the citizen takes it. */
    PARTIAL
}
