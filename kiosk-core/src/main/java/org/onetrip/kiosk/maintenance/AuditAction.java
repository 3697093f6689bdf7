package org.onetrip.kiosk.maintenance;

/** What a technician did, or tried to do, as the audit journal records it. */
public enum AuditAction {
    GESTURE_RECOGNISED,
    MAINTENANCE_ENTERED,
    MAINTENANCE_LEFT,
    PIN_REJECTED,
    PIN_LOCKED_OUT,
    CARD_REJECTED,
    SELF_TEST_RUN,
    TAKEN_OUT_OF_SERVICE,
    RETURNED_TO_SERVICE,
    OUTBOX_REQUEUED,
    OUTBOX_RETRY_NOW,
    /** A filing set aside for failing was put back into the queue. */
    OUTBOX_SET_ASIDE_RETRIED,
    /** A filing set aside for failing was exported, sealed, for the hall to carry to the backend (or the export failed). */
    OUTBOX_SET_ASIDE_EXPORTED,
    LOGS_VIEWED,
    LOGS_EXPORTED,
    CONFIGURATION_VIEWED
}
