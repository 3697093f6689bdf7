package org.onetrip.backend.http;

import java.util.Map;
import java.util.Optional;

/**
 * One decoded request as a handler sees it: the body was read in full and within its route's
 * limits before the handler runs.
 *
 * @param body   the body of a {@link Payload#JSON} or {@link Payload#NONE} route; empty for a file
 * @param upload the body of a {@link Payload#FILE} route, streamed to disk
 */
public record ApiRequest(
        String requestId,
        String method,
        String path,
        Map<String, String> pathParams,
        RequestHeaders headers,
        byte[] body,
        Optional<Upload> upload) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a header, or {@code null} when absent or blank. */
    public String header(String name) {
        String value = headers.first(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String kioskId() {
        return header(ContractHeaders.KIOSK_ID);
    }

    public String idempotencyKey() {
        return header(ContractHeaders.IDEMPOTENCY_KEY);
    }
}
