package org.onetrip.kiosk.issuance;

/** What the approval backend still has to be told about a certificate's printing. */
public enum BackendReport {
    /** Nothing to tell (not yet printed or failed, or the backend never issued it). */
    NONE,
    /** It printed: {@code POST /certificates/{code}/printed} is due. */
    PRINTED_DUE,
    /** It failed: {@code POST /certificates/{code}/failed} is due. */
    FAILED_DUE,
    /** The backend has acknowledged the last outcome. */
    SENT,
    /** The backend refused the report for good; kept for the technician with its error code. */
    REFUSED
}
