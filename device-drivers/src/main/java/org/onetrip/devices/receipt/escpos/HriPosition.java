package org.onetrip.devices.receipt.escpos;

/** Where a barcode's human-readable text goes ({@code GS H n}). */
public enum HriPosition {
    NONE, ABOVE, BELOW, BOTH
}
