package org.onetrip.kiosk.submission;

/** Why the kiosk could not take a filing; the screen turns each into plain words. */
public enum FilingRefused {
    /** The disk cannot hold this filing with the reserve kept free: the kiosk takes no new filings until space is freed. */
    DISK_FULL,
    /**
     * The kiosk does not hold the approval system's sealing key yet (never reached since it was set up, or
     * the key it pins is not published): it takes no filing it could not seal.
     */
    NO_SEALING_KEY,
    /** The outbox database or files cannot be written (a disk error): the technician must look. */
    OUTBOX_UNAVAILABLE,
    /** A material's PDF is larger than one filing file may be: fewer or smaller pages are needed. */
    MATERIAL_TOO_LARGE,
    /** The scanned pages could not be assembled into their PDFs (a disk error): the technician must look. */
    MATERIALS_UNAVAILABLE,
    /** The card on the reader is no longer the applicant's: nothing is filed in another person's name. */
    CARD_CHANGED,
    /**
     * Something failed while the filing was being committed, and whether it was kept is not known: the
     * citizen is asked to see staff rather than file again.
     */
    UNCONFIRMED
}
