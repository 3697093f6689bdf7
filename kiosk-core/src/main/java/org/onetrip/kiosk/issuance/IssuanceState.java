package org.onetrip.kiosk.issuance;

/** Where one certificate is in its life at this kiosk, as the issuance ledger records it. */
public enum IssuanceState {
    /** The backend was asked to issue it. */
    REQUESTED,
    /** The document is ready to print: rendered or checked, and about the card holder. */
    RENDERED,
    /** Handed to the printer; not yet known whether it printed. */
    SENT_TO_PRINTER,
    /** The printer reported the job completed on the first attempt: issued. */
    PRINTED,
    /** Not printed (refused, printer fault, time-out, session ended); may be printed again. */
    FAILED,
    /** Printed on a later attempt, with the same verification code: issued. */
    REPRINTED;

    /** Whether the certificate is issued, i.e. the printer reported its pages done. */
    public boolean isPrinted() {
        return this == PRINTED || this == REPRINTED;
    }
}
