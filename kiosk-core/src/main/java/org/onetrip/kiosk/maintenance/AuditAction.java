package org.onetrip.kiosk.maintenance;

/** What happened, as the audit journal records it: a technician's action, a session's outcome, the kiosk's own. */
public enum AuditAction {
    GESTURE_RECOGNISED,
    MAINTENANCE_ENTERED,
    MAINTENANCE_LEFT,
    /** A wrong PIN; counts towards the lockout. */
    PIN_REJECTED,
    /** A right PIN; the count of wrong PINs starts again. */
    PIN_ACCEPTED,
    /** PIN entry closed for a while after wrong PINs. */
    PIN_LOCKED_OUT,
    /** Too many wrong PINs: the kiosk went out of service until a technician card or a remote unlock. */
    LOCKED_OUT_OF_SERVICE,
    /** A technician card lifted the out-of-service lockout. */
    CARD_UNLOCK,
    /** The operator unlocked the kiosk from the backend; the count of wrong PINs starts again. */
    REMOTE_UNLOCK,
    /** A technician card on the reader opened the PIN prompt. */
    CARD_PRESENTED,
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
    CONFIGURATION_VIEWED,

    /** The journal's key was made: the first entry sealed under it. */
    JOURNAL_KEYED,
    /** The kiosk started; the detail says what checking the journal found. */
    KIOSK_STARTED,
    KIOSK_STOPPED,
    /** A citizen's session ended: how, after how long, which journeys. */
    SESSION_ENDED,
    FILING_COMMITTED,
    FILING_NOT_TAKEN,
    RECEIPT_PRINTED,
    RECEIPT_NOT_PRINTED,
    CERTIFICATE_PRINTED,
    CERTIFICATE_NOT_PRINTED,
    CERTIFICATE_NOT_ISSUED,
    /** A device stopped being usable. */
    DEVICE_FAULT,
    /** A device is usable again. */
    DEVICE_RECOVERED,
    /** At start-up, a certificate job an earlier run left queued at the printer was cancelled (or could not be). */
    CERTIFICATE_JOB_CANCELLED_AT_START_UP,
    /** At start-up, a certificate an earlier run left "sent to the printer" was settled from the printer's word. */
    CERTIFICATE_PRINT_SETTLED_AT_START_UP,
    /** A fleet operator's signed command, with its outcome (or why it was not followed). */
    FLEET_COMMAND
}
