package org.onetrip.backend.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a refusal into the contract's error body:
 * {@code {"error": {code, message, retryable, requestId, details?}}}.
 */
public final class ErrorReplies {

    /** The detail of a {@link ErrorCode#RATE_LIMITED} refusal that also goes out as {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final Json json;

    public ErrorReplies(Json json) {
        this.json = json;
    }

    public Reply of(ApiException e, String requestId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code().name());
        error.put("message", e.getMessage());
        error.put("retryable", e.code().retryable());
        error.put("requestId", requestId);
        if (!e.details().isEmpty()) {
            error.put("details", e.details());
        }
        Reply reply = json.reply(e.code().status(), Map.of("error", error));
        if (e.code() == ErrorCode.OPERATOR_TOKEN_REQUIRED) {
            return reply.withHeader("WWW-Authenticate", "Bearer realm=\"onetrip-operator\"");
        }
        if (e.code() == ErrorCode.RATE_LIMITED && e.details().get(RETRY_AFTER_SECONDS) instanceof Number seconds) {
            return reply.withHeader("Retry-After", Long.toString(Math.max(1, seconds.longValue())));
        }
        return reply;
    }
}
