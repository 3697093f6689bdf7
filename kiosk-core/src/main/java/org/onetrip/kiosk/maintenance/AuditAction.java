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
    LOGS_VIEWED,
    LOGS_EXPORTED,
    CONFIGURATION_VIEWED,
    /** At start-up, a certificate job an earlier run left queued at the printer was cancelled (or could not be). */
    CERTIFICATE_JOB_CANCELLED_AT_START_UP,
    /** At start-up, a certificate an earlier run left "sent to the printer" was settled from the printer's word. */
    CERTIFICATE_PRINT_SETTLED_AT_START_UP
}
