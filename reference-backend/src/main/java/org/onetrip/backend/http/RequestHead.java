package org.onetrip.backend.http;

/**
 * What is known of a request before any of its body is read.
 *
 * @param requestId     the id the answer carries as {@code X-Request-Id}
 * @param rawPath       the path as sent, still percent-encoded
 * @param contentLength the declared {@code Content-Length}, or -1 when the body is chunked or absent
 * @param hasBody       whether a body follows (a positive length, or chunked transfer)
 */
public record RequestHead(String requestId, String method, String rawPath, RequestHeaders headers,
                          long contentLength, boolean hasBody) {
}
