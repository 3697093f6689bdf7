package org.onetrip.devices.idcard.pcsc;

import java.util.Arrays;

/**
 * A response APDU: data and the status word.
 *
 * @param data response data
 * @param sw   SW1 SW2 as one number, for example {@code 0x9000}
 */
public record ResponseApdu(byte[] data, int sw) {
    /** Splits raw response bytes; fewer than two bytes is a broken reader. */
    public static ResponseApdu of(byte[] raw) {
        if (raw.length < 2) {
            throw new IllegalArgumentException("a response APDU needs at least SW1 SW2, got " + raw.length + " bytes");
        }
        int sw = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
        return new ResponseApdu(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    public StatusWord statusWord() {
        return StatusWord.of(sw);
    }

    public int sw2() {
        return sw & 0xFF;
    }

    /** Response bytes in hex with the status word, for error messages (data shortened). */
    public String hex() {
        String swHex = String.format("%02X %02X", sw >> 8, sw & 0xFF);
        if (data.length == 0) {
            return swHex;
        }
        return "(" + data.length + " data bytes) " + swHex;
    }
}
