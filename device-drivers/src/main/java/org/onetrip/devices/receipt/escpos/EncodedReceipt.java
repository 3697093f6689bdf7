package org.onetrip.devices.receipt.escpos;

import java.util.Arrays;

/**
 * ESC/POS bytes of one receipt and where each printed line ends in them, so a driver can
 * follow the printer's progress line by line.
 *
 * @param bytes    the commands
 * @param lineEnds offsets just after each command that prints a line (text, code, image,
 *                 feed), ascending
 * @param cutEnd   offset just after the cut command, or -1 when there is none
 */
public record EncodedReceipt(byte[] bytes, int[] lineEnds, int cutEnd) {
    public EncodedReceipt {
        bytes = bytes.clone();
        lineEnds = lineEnds.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public int[] lineEnds() {
        return lineEnds.clone();
    }

    public int length() {
        return bytes.length;
    }

    public int lines() {
        return lineEnds.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedReceipt e && Arrays.equals(e.bytes, bytes) && Arrays.equals(e.lineEnds, lineEnds)
                && e.cutEnd == cutEnd;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + Arrays.hashCode(lineEnds) + cutEnd;
    }

    @Override
    public String toString() {
        return "EncodedReceipt[" + bytes.length + " bytes, " + lineEnds.length + " lines]";
    }
}
