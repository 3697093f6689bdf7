package org.onetrip.kiosk.shell;

/** What a citizen can come to the kiosk to do. */
public enum Journey {
    FILE_APPLICATION,
    PRINT_CERTIFICATE,
    CHECK_PROGRESS,
    /** Fines, tuition, taxes and fees by their payment notice number: no ID card needed. */
    PAY
}
