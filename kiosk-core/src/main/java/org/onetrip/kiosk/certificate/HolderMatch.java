package org.onetrip.kiosk.certificate;

/** Whether a certificate is about the person whose card is in the reader. Only {@link #MATCH} may print. */
public enum HolderMatch {
    /** The document names the card's holder. */
    MATCH,
    /** The document names somebody else. */
    MISMATCH,
    /** The document names nobody the check can recognise, or cannot confirm the holder. */
    NOT_FOUND
}
