package org.onetrip.devices.idcard.pcsc;

import java.util.HexFormat;

/**
 * An ISO 7816-4 command APDU in short form: {@code CLA INS P1 P2 [Lc data] [Le]}.
 *
 * @param cla  class byte
 * @param ins  instruction byte
 * @param p1   parameter 1
 * @param p2   parameter 2
 * @param data command data, may be empty (at most 255 bytes)
 * @param le   expected response length 1..256, or 0 when no response data is expected
 */
public record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int le) {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    public CommandApdu {
        for (int b : new int[] {cla, ins, p1, p2}) {
            if (b < 0 || b > 0xFF) {
                throw new IllegalArgumentException("header bytes must be 0..255");
            }
        }
        if (data.length > 255) {
            throw new IllegalArgumentException("short APDU data must be at most 255 bytes, was " + data.length);
        }
        if (le < 0 || le > 256) {
            throw new IllegalArgumentException("Le must be 0..256, was " + le);
        }
        data = data.clone();
    }

    public static CommandApdu selectByAid(byte[] aid, boolean wantFci) {
        return new CommandApdu(0x00, 0xA4, 0x04, wantFci ? 0x00 : 0x0C, aid, wantFci ? 256 : 0);
    }

    /** SELECT by path from the master file (P1 = 08). */
    public static CommandApdu selectByPath(byte[] path) {
        return new CommandApdu(0x00, 0xA4, 0x08, 0x0C, path, 0);
    }

    /** SELECT an elementary file by its identifier in the current DF (P1 = 02). */
    public static CommandApdu selectByFileId(int fileId) {
        return new CommandApdu(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fileId >> 8), (byte) fileId}, 0);
    }

    public static CommandApdu readBinary(int offset, int le) {
        if (offset < 0 || offset > 0x7FFF) {
            throw new IllegalArgumentException("READ BINARY offset must be 0..32767, was " + offset);
        }
        return new CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, new byte[0], le);
    }

    /**
     * GET DATA UID ({@code FF CA 00 00 00}), answered by a contactless PC/SC reader itself with
     * the UID of the card in its field (PC/SC Part 3); a contact reader passes it on to the card,
     * which refuses it.
     */
    public static CommandApdu getDataUid() {
        return new CommandApdu(0xFF, 0xCA, 0x00, 0x00, new byte[0], 256);
    }

    public static CommandApdu getResponse(int le) {
        return new CommandApdu(0x00, 0xC0, 0x00, 0x00, new byte[0], le);
    }

    /** The same command asking for {@code newLe} bytes (the answer to 6Cxx). */
    public CommandApdu withLe(int newLe) {
        return new CommandApdu(cla, ins, p1, p2, data, newLe);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public byte[] bytes() {
        int length = 4 + (data.length > 0 ? 1 + data.length : 0) + (le > 0 ? 1 : 0);
        byte[] out = new byte[length];
        out[0] = (byte) cla;
        out[1] = (byte) ins;
        out[2] = (byte) p1;
        out[3] = (byte) p2;
        int at = 4;
        if (data.length > 0) {
            out[at++] = (byte) data.length;
            System.arraycopy(data, 0, out, at, data.length);
            at += data.length;
        }
        if (le > 0) {
            out[at] = (byte) (le == 256 ? 0 : le);
        }
        return out;
    }

    public String hex() {
        return HEX.formatHex(bytes());
    }

    @Override
    public String toString() {
        return "CommandApdu[" + hex() + "]";
    }
}
