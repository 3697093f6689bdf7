package org.onetrip.backend.http;

import com.sun.net.httpserver.Headers;
import java.util.Map;

/** One decoded request as a handler sees it: the body is already read in full. */
public record ApiRequest(
        String requestId,
        String method,
        String path,
        Map<String, String> pathParams,
        Headers headers,
        byte[] body) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a header, or {@code null} when absent or blank. */
    public String header(String name) {
        String value = headers.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String kioskId() {
        return header(ContractHeaders.KIOSK_ID);
    }

    public String idempotencyKey() {
        return header(ContractHeaders.IDEMPOTENCY_KEY);
    }
}
