package org.onetrip.backend.http;

/**
 * Every error the backend answers with. The HTTP status and whether a retry of the very same
 * request may succeed are fixed per code, so a client can decide without parsing the message.
 *
 * <p>A 4xx says the request itself is wrong, so sending the same bytes again cannot succeed and
 * none is retryable, with one exception: {@link #DIGEST_MISMATCH}, where the bytes were damaged
 * on the way and the kiosk's copy is still good.
 */
public enum ErrorCode {
    BAD_REQUEST(400, false),
    MISSING_HEADER(400, false),
    IDEMPOTENCY_KEY_MISMATCH(400, false),
    INVALID_MANIFEST(400, false),
    UNKNOWN_KEY(401, false),
    BAD_SIGNATURE(401, false),
    /** An administration or fault-injection call without the operator's bearer token, or with a wrong one. */
    OPERATOR_TOKEN_REQUIRED(401, false),
    /** No client certificate, or one this backend's kiosk authority did not issue or no longer knows. */
    KIOSK_NOT_ENROLLED(401, false),
    /** The kiosk's certificate was revoked: by a later enrolment, a renewal, or the operator. */
    KIOSK_CERTIFICATE_REVOKED(401, false),
    /** The kiosk's certificate is past its end of validity. */
    KIOSK_CERTIFICATE_EXPIRED(401, false),
    /** The enrolment code is unknown, used, expired, or for another kiosk (which of these is not said). */
    ENROLMENT_CODE_INVALID(401, false),
    CONSENT_REQUIRED(403, false),
    /** {@code X-Kiosk-Id} or a path names another kiosk than the caller's certificate. */
    KIOSK_ID_MISMATCH(403, false),
    NOT_FOUND(404, false),
    UNKNOWN_SUBMISSION(404, false),
    UNKNOWN_FILE(404, false),
    UNKNOWN_HOLDER(404, false),
    NOT_HELD(404, false),
    UNKNOWN_CERTIFICATE(404, false),
    METHOD_NOT_ALLOWED(405, false),
    /** A sealed body that does not open with the key it names. */
    UNSEALABLE_BODY(400, false),
    /** The client stopped sending in the middle of its request for longer than the idle time-out. */
    REQUEST_TIMEOUT(408, false),
    MANIFEST_CONFLICT(409, false),
    /** The body is sealed to a key this backend does not hold. */
    UNKNOWN_SEALING_KEY(409, false),
    KEY_CONFLICT(409, false),
    IDEMPOTENCY_KEY_REUSED(409, false),
    FILES_MISSING(409, false),
    SUBMISSION_CLOSED(409, false),
    CERTIFICATE_STATE_CONFLICT(409, false),
    PAYLOAD_TOO_LARGE(413, false),
    UNSUPPORTED_MEDIA_TYPE(415, false),
    /** The body does not match its own digest header: damaged on the way, send it again. */
    DIGEST_MISMATCH(422, true),
    /** The file's digest is not the one the signed manifest declares. */
    MANIFEST_DIGEST_MISMATCH(422, false),
    SUBMISSION_REJECTED(422, false),
    /** Payment platform: the kiosk's order number is already used for an order with other terms. */
    ORDER_CONFLICT(409, false),
    /** Payment platform: the order is paid (or refunded), so it can no longer be closed or paid again. */
    ORDER_PAID(409, false),
    /** Payment platform: the order is closed, so it can no longer be paid. */
    ORDER_CLOSED(409, false),
    /** Payment platform: the notice was already paid. */
    NOTICE_PAID(409, false),
    /** Payment platform: the refund is refused (too much, or the payer's channel takes none now). */
    REFUND_REFUSED(409, false),
    /** Payment platform: no order under this kiosk's order number. */
    UNKNOWN_ORDER(404, false),
    /** Payment platform: no payable item under this notice number. */
    UNKNOWN_NOTICE(404, false),
    /** Payment platform: the payer's channel declined the payment code (expired code, no balance). */
    PAYMENT_DECLINED(422, false),
    /**
     * Payment platform: the payment's result is not known yet (the payer's channel did not answer
     * in time); query the order: it may be paid.
     */
    PAYMENT_RESULT_UNKNOWN(500, true),
    /**
     * Too many citizen-data calls from this kiosk or for this ID number, or too many wrong
     * enrolment codes from this address; {@code Retry-After} says when one more is allowed.
     */
    RATE_LIMITED(429, false),
    /** The request line and headers together exceed the limit. */
    HEADERS_TOO_LARGE(431, false),
    INTERNAL(500, true),
    UNAVAILABLE(503, true);

    private final int status;
    private final boolean retryable;

    ErrorCode(int status, boolean retryable) {
        this.status = status;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
