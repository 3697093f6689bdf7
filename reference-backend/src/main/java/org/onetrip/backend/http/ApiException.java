package org.onetrip.backend.http;

import java.util.Map;

/**
 * A request the backend refuses, carried to the router which turns it into the documented
 * error body. {@code details} adds machine-readable facts (for example the missing files).
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
