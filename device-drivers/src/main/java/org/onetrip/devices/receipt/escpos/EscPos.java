package org.onetrip.devices.receipt.escpos;

/** The ESC/POS control bytes shared by the encoder, the status codec and the simulator. */
public final class EscPos {
    public static final int LF = 0x0A;
    public static final int ESC = 0x1B;
    public static final int GS = 0x1D;
    public static final int FS = 0x1C;
    public static final int DLE = 0x10;
    public static final int EOT = 0x04;
    public static final int ENQ = 0x05;

    /** {@code GS ( k} function-group byte cn for QR Code. */
    public static final int QR_CN = 0x31;
    /** {@code GS k} system byte for CODE128 in the counted (format B) form. */
    public static final int CODE128 = 73;
    /** {@code GS I} n for the firmware version and the model name. */
    public static final int INFO_FIRMWARE = 65;
    public static final int INFO_MODEL = 67;
    /** First byte of a {@code GS I} block reply; the reply ends with NUL. */
    public static final int INFO_HEADER = 0x5F;

    private EscPos() {
    }
}
