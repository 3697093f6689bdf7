package org.onetrip.backend.transport;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ContractHeaders;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.ErrorReplies;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.http.RequestLimits;

/**
 * Errors Jetty finds before a request reaches the router (a malformed request line, headers
 * over the limit, a failure it caught) answered with the contract's error body instead of
 * Jetty's HTML page, so a client always gets a code and {@code retryable}.
 */
public final class ContractErrorPage implements Request.Handler {

    private final ErrorReplies errors;
    private final RequestLimits limits;

    public ContractErrorPage(ErrorReplies errors, RequestLimits limits) {
        this.errors = errors;
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer attributed) {
            status = attributed;
        }
        Object reason = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        String requestId = UUID.randomUUID().toString();
        Reply reply = errors.of(refusal(status, reason instanceof String text ? text : null), requestId);
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        headers.put(ContractHeaders.REQUEST_ID, requestId);
        headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }

    private ApiException refusal(int status, String reason) {
        return switch (status) {
            case 404 -> new ApiException(ErrorCode.NOT_FOUND, "no such resource");
            case 405 -> new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "this method is not allowed here");
            case 408 -> new ApiException(ErrorCode.REQUEST_TIMEOUT,
                    "the request stopped arriving for longer than " + limits.idleTimeout().toSeconds() + " s");
            case 413 -> new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the request body is too large");
            case 414, 431 -> new ApiException(ErrorCode.HEADERS_TOO_LARGE,
                    "the request line and headers exceed " + limits.headerBytes() + " bytes");
            case 415 -> new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "unsupported content type");
            case 503 -> new ApiException(ErrorCode.UNAVAILABLE,
                    "the approval system is temporarily unavailable; retry later");
            default -> status >= 400 && status < 500 || status == 501 || status == 505
                    ? new ApiException(ErrorCode.BAD_REQUEST, "the request is not valid HTTP/1.1"
                            + (reason == null || reason.isBlank() ? "" : ": " + reason))
                    : new ApiException(ErrorCode.INTERNAL, "internal error; retry later");
        };
    }
}
