package org.onetrip.backend.http;

/** Names of the request and response headers the contract defines. */
public final class ContractHeaders {
    public static final String KIOSK_ID = "X-Kiosk-Id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REQUEST_ID = "X-Request-Id";
    public static final String CONTENT_SHA256 = "X-Content-SHA256";
    public static final String DIGEST = "Digest";

    private ContractHeaders() {
    }
}
