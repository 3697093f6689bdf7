package org.onetrip.devices.idcard;

/** How the photo bytes of an identity record are encoded. */
public enum PhotoFormat {
    /**
     * The proprietary wavelet encoding of the Chinese resident ID card (1024 bytes). No public
     * decoder exists; the bytes are kept as read and screens show a placeholder.
     */
    WLT,
    JPEG,
    /** The card has no photo, or the profile does not read one. */
    NONE
}
