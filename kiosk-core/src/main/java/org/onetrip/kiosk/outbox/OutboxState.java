package org.onetrip.kiosk.outbox;

/**
 * Where a filing stands in the outbox. QUEUED and UPLOADING are pending: the delivery worker
 * takes them in filing order. ACKNOWLEDGED and REJECTED are final.
 */
public enum OutboxState {
    /** Committed at the kiosk; the receipt may have printed; not yet handed over. */
    QUEUED,
    /** The worker has begun handing it over; a crash resumes from what the backend already holds. */
    UPLOADING,
    /** The backend committed it and answered an acceptance number; personal data has been deleted. */
    ACKNOWLEDGED,
    /** The backend refused it for good; its reason is kept for the technician, the package stays encrypted. */
    REJECTED;

    public boolean pending() {
        return this == QUEUED || this == UPLOADING;
    }
}
