package org.onetrip.devices.transport.pcsc;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A simulated file-system smart card: applications selected by AID, transparent files by
 * path from the master file, READ BINARY, and the T=0 habits of real cards (61xx after a
 * SELECT that asks for FCI, 6Cxx when Le does not fit the rest of the file, 6B00 past the end).
 * It answers raw APDU bytes, as a card does.
 */
public final class FileSystemCard {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final Map<String, byte[]> applications = new HashMap<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private final byte[] atr;
    private byte[] uid;
    private byte[] current;
    private byte[] pendingResponse;
    private int transmits;

    public FileSystemCard(byte[] atr) {
        this.atr = atr.clone();
    }

    /** An application with its FCI, selectable by AID. */
    public FileSystemCard withApplication(byte[] aid, byte[] fci) {
        applications.put(HEX.formatHex(aid), fci.clone());
        return this;
    }

    /** A transparent file at a path from the master file, for example {@code 3F00DF014031}. */
    public FileSystemCard withFile(byte[] path, byte[] content) {
        files.put(HEX.formatHex(path), content.clone());
        return this;
    }

    /**
     * A contactless card: its reader answers GET DATA UID ({@code FF CA 00 00 00}) with this UID,
     * as PC/SC Part 3 contactless readers do. Without it the command reaches the card, which
     * refuses the class ({@code 6E00}), as on a contact reader.
     */
    public FileSystemCard withUid(byte[] uid) {
        this.uid = uid.clone();
        return this;
    }

    public byte[] atr() {
        return atr.clone();
    }

    public int transmits() {
        return transmits;
    }

    public synchronized byte[] transmit(byte[] apdu) {
        transmits++;
        if (apdu.length < 4) {
            return sw(0x6700);
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        if (cla == 0xFF) {
            return uid != null && ins == 0xCA && p1 == 0x00 ? withSw(uid, 0x9000) : sw(0x6E00);
        }
        return switch (ins) {
            case 0xA4 -> select(apdu, p1, p2);
            case 0xB0 -> readBinary(apdu, p1, p2);
            case 0xC0 -> getResponse(apdu);
            default -> sw(0x6D00);
        };
    }

    private byte[] select(byte[] apdu, int p1, int p2) {
        if (apdu.length < 5) {
            return sw(0x6700);
        }
        int lc = apdu[4] & 0xFF;
        if (apdu.length < 5 + lc) {
            return sw(0x6700);
        }
        String id = HEX.formatHex(apdu, 5, 5 + lc);
        switch (p1) {
            case 0x04 -> {
                byte[] fci = applications.get(id);
                if (fci == null) {
                    return sw(0x6A82);
                }
                current = null;
                if (p2 == 0x00) {
                    pendingResponse = fci;
                    return sw(0x6100 | fci.length);
                }
                return sw(0x9000);
            }
            case 0x08 -> {
                byte[] file = files.get("3F00" + id);
                if (file == null) {
                    file = files.get(id);
                }
                if (file == null) {
                    return sw(0x6A82);
                }
                current = file;
                return sw(0x9000);
            }
            default -> {
                return sw(0x6A86);
            }
        }
    }

    private byte[] readBinary(byte[] apdu, int p1, int p2) {
        if (current == null) {
            return sw(0x6986);
        }
        int offset = (p1 << 8) | p2;
        int le = apdu.length > 4 ? (apdu[4] & 0xFF) : 0;
        if (le == 0) {
            le = 256;
        }
        if (offset >= current.length) {
            return sw(0x6B00);
        }
        int remaining = current.length - offset;
        if (le > remaining) {
            return sw(0x6C00 | remaining);
        }
        return withSw(Arrays.copyOfRange(current, offset, offset + le), 0x9000);
    }

    private byte[] getResponse(byte[] apdu) {
        if (pendingResponse == null) {
            return sw(0x6985);
        }
        int le = apdu.length > 4 ? (apdu[4] & 0xFF) : 256;
        if (le != pendingResponse.length) {
            return sw(0x6C00 | pendingResponse.length);
        }
        byte[] out = pendingResponse;
        pendingResponse = null;
        return withSw(out, 0x9000);
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    private static byte[] withSw(byte[] data, int sw) {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }
}
