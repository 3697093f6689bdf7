package org.onetrip.backend.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, a content type, the body bytes, and any headers beyond
 * {@code Content-Type} and {@code X-Request-Id} (which every answer has).
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=utf-8";

    public Reply {
        headers = Map.copyOf(headers);
    }

    public Reply(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    public static Reply json(int status, byte[] body) {
        return new Reply(status, JSON, body);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
