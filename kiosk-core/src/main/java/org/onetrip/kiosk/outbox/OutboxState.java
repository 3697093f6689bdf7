package org.onetrip.kiosk.outbox;

/**
 * Where a filing stands in the outbox. QUEUED and UPLOADING are pending: the delivery worker
 * takes them in filing order. ACKNOWLEDGED and REJECTED are final. SET_ASIDE waits for a
 * technician, who can put it back into the queue or carry it to the backend by hand.
 */
public enum OutboxState {
    /** Committed at the kiosk; the receipt may have printed; not yet handed over. */
    QUEUED,
    /** The worker has begun handing it over; a crash resumes from what the backend already holds. */
    UPLOADING,
    /** The backend committed it and answered an acceptance number; personal data has been deleted. */
    ACKNOWLEDGED,
    /** The backend refused it for good; its reason is kept for the technician, the package stays encrypted. */
    REJECTED,
    /**
     * It kept failing while the backend answered ({@link SetAsideRule}), so the queue went on without it;
     * the package stays sealed, for the technician to retry or export.
     */
    SET_ASIDE;

    public boolean pending() {
        return this == QUEUED || this == UPLOADING;
    }
}
