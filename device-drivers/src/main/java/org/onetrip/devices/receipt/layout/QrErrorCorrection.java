package org.onetrip.devices.receipt.layout;

/** QR error correction level: how much of a code may be damaged and still read. */
public enum QrErrorCorrection {
    /** About 7 %. */
    L,
    /** About 15 %. */
    M,
    /** About 25 %. */
    Q,
    /** About 30 %. */
    H
}
