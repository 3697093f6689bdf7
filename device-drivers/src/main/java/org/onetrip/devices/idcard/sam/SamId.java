package org.onetrip.devices.idcard.sam;

/** Formats the 16-byte reply to READ_SAM_ID as {@code 05.01-20260101-000001234-0123456789}. */
public final class SamId {
    private SamId() {
    }

    /**
     * @throws SamFrameException with {@link FrameFault#BAD_LAYOUT} unless given at least 16 bytes
     */
    public static String format(byte[] data) {
        if (data.length < 16) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, "SAM id has " + data.length + " bytes, expected 16");
        }
        long a = intLe(data, 4) & 0xFFFFFFFFL;
        long b = intLe(data, 8) & 0xFFFFFFFFL;
        long c = intLe(data, 12) & 0xFFFFFFFFL;
        return String.format("%02d.%02d-%d-%09d-%09d", data[0] & 0xFF, data[2] & 0xFF, a, b, c);
    }

    /** The 16 bytes that {@link #format} turns into the given parts; for simulators. */
    public static byte[] encode(int major, int minor, long a, long b, long c) {
        byte[] data = new byte[16];
        data[0] = (byte) major;
        data[2] = (byte) minor;
        putIntLe(data, 4, a);
        putIntLe(data, 8, b);
        putIntLe(data, 12, c);
        return data;
    }

    private static int intLe(byte[] d, int at) {
        return (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8 | (d[at + 2] & 0xFF) << 16 | (d[at + 3] & 0xFF) << 24;
    }

    private static void putIntLe(byte[] d, int at, long v) {
        for (int i = 0; i < 4; i++) {
            d[at + i] = (byte) (v >> (8 * i));
        }
    }
}
