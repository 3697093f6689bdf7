package org.onetrip.devices.scanner;

/** How many colours a page is captured in. */
public enum ScanColorMode {
    /** 24-bit RGB. */
    COLOR,
    /** 8-bit grey. */
    GRAYSCALE,
    /** 1-bit black and white. */
    BLACK_AND_WHITE
}
