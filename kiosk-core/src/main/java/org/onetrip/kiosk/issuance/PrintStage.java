package org.onetrip.kiosk.issuance;

/** Where a certificate's print is, for the progress shown on the screen. */
public enum PrintStage {
    /** Another certificate is on the printer; this one waits its turn. */
    WAITING_FOR_PRINTER,
    /** Being sent to the printer. */
    SENDING,
    /** The printer holds the job and will start it. */
    QUEUED,
    /** The pages are being printed. */
    PRINTING,
    /** The printer stopped mid-job (paper, door); it carries on when fixed, or the job times out. */
    PRINTER_STOPPED,
    /** The printer reported the job done. */
    DONE
}
