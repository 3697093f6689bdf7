package org.onetrip.devices.receipt.layout;

/**
 * How many half-width cells text takes on the printer: ASCII takes one; everything else
 * takes two, because in the printer's Chinese mode every non-ASCII character is a two-byte
 * GB code printed in a full-width (24-dot) cell, even symbols such as {@code ·} or {@code °}
 * that a terminal would show narrow.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Cells taken by one code point. Control characters take none. */
    public static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        return codePoint < 0x80 ? 1 : 2;
    }

    /** Cells taken by a string. */
    public static int of(CharSequence text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }
}
