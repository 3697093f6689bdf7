package org.onetrip.kiosk.backend;

import java.util.Arrays;

/** The error codes of the approval backend contract ({@code ErrorBody.error.code}). */
public enum ContractError {
    BAD_REQUEST, MISSING_HEADER, IDEMPOTENCY_KEY_MISMATCH, INVALID_MANIFEST, UNKNOWN_KEY, BAD_SIGNATURE,
    CONSENT_REQUIRED, NOT_FOUND, UNKNOWN_SUBMISSION, UNKNOWN_FILE, UNKNOWN_HOLDER, NOT_HELD, UNKNOWN_CERTIFICATE,
    METHOD_NOT_ALLOWED, MANIFEST_CONFLICT, KEY_CONFLICT, IDEMPOTENCY_KEY_REUSED, FILES_MISSING, SUBMISSION_CLOSED,
    CERTIFICATE_STATE_CONFLICT, PAYLOAD_TOO_LARGE, DIGEST_MISMATCH, MANIFEST_DIGEST_MISMATCH, SUBMISSION_REJECTED,
    INTERNAL, UNAVAILABLE, UNSEALABLE_BODY, UNKNOWN_SEALING_KEY, UNSUPPORTED_MEDIA_TYPE, REQUEST_TIMEOUT,
    HEADERS_TOO_LARGE, OPERATOR_TOKEN_REQUIRED,
    /** A code this kiosk's version of the contract does not list. */
    UNRECOGNISED;

    public static ContractError fromWire(String code) {
        return Arrays.stream(values()).filter(c -> c != UNRECOGNISED && c.name().equals(code)).findFirst()
                .orElse(UNRECOGNISED);
    }
}
