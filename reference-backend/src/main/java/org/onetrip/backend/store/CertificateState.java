package org.onetrip.backend.store;

/** The print outcome the kiosk reported for an issued certificate. */
public enum CertificateState {
    ISSUED,
    PRINTED,
    PRINT_FAILED
}
