package org.onetrip.kiosk.backend;

import java.util.Arrays;

/** The error codes of the approval backend contract ({@code ErrorBody.error.code}). */
public enum ContractError {
    BAD_REQUEST, MISSING_HEADER, IDEMPOTENCY_KEY_MISMATCH, INVALID_MANIFEST, UNKNOWN_KEY, BAD_SIGNATURE,
    /** No client certificate the backend knows: the kiosk is not enrolled there. */
    KIOSK_NOT_ENROLLED,
    /** The kiosk's certificate was revoked: it must enrol again with a new code. */
    KIOSK_CERTIFICATE_REVOKED,
    /** The kiosk's certificate ended: it must enrol again with a new code. */
    KIOSK_CERTIFICATE_EXPIRED,
    /** The enrolment code is unknown, used, expired or for another kiosk. */
    ENROLMENT_CODE_INVALID,
    /** The request names another kiosk than the client certificate. */
    KIOSK_ID_MISMATCH,
    /** Too many citizen-data calls from this kiosk or for this ID number; try again later. */
    RATE_LIMITED,
    CONSENT_REQUIRED, NOT_FOUND, UNKNOWN_SUBMISSION, UNKNOWN_FILE, UNKNOWN_HOLDER, NOT_HELD, UNKNOWN_CERTIFICATE,
    METHOD_NOT_ALLOWED, MANIFEST_CONFLICT, KEY_CONFLICT, IDEMPOTENCY_KEY_REUSED, FILES_MISSING, SUBMISSION_CLOSED,
    CERTIFICATE_STATE_CONFLICT, PAYLOAD_TOO_LARGE, DIGEST_MISMATCH, MANIFEST_DIGEST_MISMATCH, SUBMISSION_REJECTED,
    INTERNAL, UNAVAILABLE, UNSEALABLE_BODY, UNKNOWN_SEALING_KEY, UNSUPPORTED_MEDIA_TYPE, REQUEST_TIMEOUT,
    HEADERS_TOO_LARGE, OPERATOR_TOKEN_REQUIRED,
    /** A code this kiosk's version of the contract does not list. */
    UNRECOGNISED;

    /** Whether the backend refused the kiosk's credentials, not the request: enrolling again is the cure. */
    public boolean refusesTheKiosk() {
        return this == KIOSK_NOT_ENROLLED || this == KIOSK_CERTIFICATE_REVOKED || this == KIOSK_CERTIFICATE_EXPIRED;
    }

    public static ContractError fromWire(String code) {
        return Arrays.stream(values()).filter(c -> c != UNRECOGNISED && c.name().equals(code)).findFirst()
                .orElse(UNRECOGNISED);
    }
}
