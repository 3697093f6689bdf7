package org.onetrip.kiosk.supervision;

/** One thing the kiosk can do for citizens right now, as far as its devices allow. */
public enum OfferedService {
    /** File any matter or bundle, scanning materials at the kiosk. */
    FILE_WITH_SCAN,
    /**
     * File only what needs nothing scanned now: matters and bundles without materials, or whose
     * every material may be handed in later or replaced by a signed commitment.
     */
    FILE_WITHOUT_SCAN,
    /** Print a certificate or proof on the certificate printer. */
    PRINT_CERTIFICATE,
    /** Look up the progress of one's filings. */
    CHECK_PROGRESS
}
