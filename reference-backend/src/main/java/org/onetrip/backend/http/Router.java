package org.onetrip.backend.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onetrip.backend.fault.FaultInjector;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.backend.store.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches every request to its route, applies the kiosk's credentials (every call but the
 * enrolment call and the operator endpoints, also to unknown paths, so that a stranger learns
 * nothing of the routes), the operator token, the contract's header rules, the body limits,
 * the stored replies of idempotent routes and the injected faults.
 * It knows nothing of the wire: a transport asks {@link #admit} with the request line and
 * headers, reads the body within the limit the answer gives, then asks {@link #serve}.
 *
 * <p>Thread-safe; {@link #serve} blocks while the handler works (database, disk).
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final List<Route> routes;
    private final FaultInjector faults;
    private final ReplyJournal journal;
    private final ErrorReplies errors;
    private final OperatorToken operator;
    private final KioskAuthenticator kiosks;
    private final RequestLimits limits;
    private final Object replayLock = new Object();

    public Router(List<Route> routes, FaultInjector faults, ReplyJournal journal, ErrorReplies errors,
                  OperatorToken operator, KioskAuthenticator kiosks, RequestLimits limits) {
        this.routes = List.copyOf(routes);
        this.faults = faults;
        this.journal = journal;
        this.errors = errors;
        this.operator = operator;
        this.kiosks = kiosks;
        this.limits = limits;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Whether to read a request's body, decided from its head alone. */
    public sealed interface Admission {
        /** Answer this at once; the body is not read. */
        record Refused(Reply reply) implements Admission {
        }

        /**
         * Read the body, at most {@code limit} bytes, in memory or to disk as {@code route.payload()}
         * says; wait {@code delay}; then {@link #serve}.
         *
         * @param kiosk the kiosk the call's certificate proved; empty for operator and enrolment
         *              calls, and in a test double that takes {@code X-Kiosk-Id} on trust
         */
        record Admitted(RequestHead head, Route route, Map<String, String> params, long limit, Duration delay,
                        Optional<FaultRule> fault, Optional<String> kiosk) implements Admission {
        }
    }

    /** What the transport does with a served request. */
    public sealed interface Answer {
        record Send(Reply reply) implements Answer {
        }

        /** Close the connection without any response (an injected connection reset). */
        record Drop() implements Answer {
        }
    }

    public Admission admit(RequestHead head) {
        try {
            Optional<Resolved> resolved = resolve(head.method(), head.rawPath());
            Guard guard = resolved.map(Resolved::route).map(Route::guard).orElse(null);
            Optional<String> kiosk = Optional.empty();
            if (guard == Guard.ADMIN) {
                operator.check(head.headers().first("Authorization"));
            } else if (guard != Guard.ENROLMENT) {
                kiosk = kiosks.authenticate(head);
                if (kiosk.isPresent()) {
                    requireSameKiosk(head, kiosk.get());
                }
            }
            boolean faultFree = guard == Guard.ADMIN || guard == Guard.ENROLMENT;
            Optional<FaultRule> fault = faultFree ? Optional.empty() : faults.decide(head.rawPath());
            FaultMode mode = fault.map(FaultRule::mode).orElse(null);
            if (mode == FaultMode.FAIL) {
                throw new ApiException(ErrorCode.UNAVAILABLE,
                        "the approval system is temporarily unavailable; retry later");
            }
            if (mode == FaultMode.ERROR_500) {
                throw new ApiException(ErrorCode.INTERNAL,
                        "the approval system failed to handle the request; retry later");
            }
            if (resolved.isEmpty()) {
                throw new ApiException(ErrorCode.NOT_FOUND, "no such resource: " + head.rawPath());
            }
            Resolved target = resolved.get();
            if (target.route() == null) {
                throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                        head.method() + " is not allowed on " + head.rawPath());
            }
            Payload payload = target.route().payload();
            long limit = limits.bodyBytes(payload);
            checkBody(head, payload, limit);
            Duration delay = mode == FaultMode.SLOW ? fault.get().delay() : Duration.ZERO;
            return new Admission.Admitted(head, target.route(), target.params(), limit, delay, fault, kiosk);
        } catch (ApiException e) {
            return new Admission.Refused(errors.of(e, head.requestId()));
        }
    }

    /**
     * Runs the admitted route's handler on the complete body.
     *
     * @param body   the body of a JSON route (empty for a file route)
     * @param upload the body of a file route, streamed to disk
     */
    public Answer serve(Admission.Admitted admitted, byte[] body, Optional<Upload> upload) {
        RequestHead head = admitted.head();
        Reply reply;
        try {
            Guard guard = admitted.route().guard();
            String kioskId = guard == Guard.ADMIN || guard == Guard.ENROLMENT ? null
                    : admitted.kiosk().orElseGet(() -> blankToNull(head.headers().first(ContractHeaders.KIOSK_ID)));
            ApiRequest request = new ApiRequest(head.requestId(), head.method(), head.rawPath(), admitted.params(),
                    head.headers(), kioskId, body, upload, head.remoteAddress(), head.peerCertificates());
            reply = guarded(admitted.route(), request);
        } catch (ApiException e) {
            reply = errors.of(e, head.requestId());
        } catch (RuntimeException e) {
            log.error("request {} to {} failed", head.requestId(), admitted.route().name(), e);
            reply = errors.of(new ApiException(ErrorCode.INTERNAL, "internal error; retry later"), head.requestId());
        }
        FaultMode mode = admitted.fault().map(FaultRule::mode).orElse(null);
        if (mode == FaultMode.CRASH) {
            log.error("{} {} -> {} handled; the backend stops now without answering (injected crash)", head.method(),
                    head.rawPath(), reply.status());
            Runtime.getRuntime().halt(FaultMode.CRASH_EXIT_STATUS);
        }
        if (mode == FaultMode.RESET) {
            log.info("{} {} -> {} dropped by an injected connection reset", head.method(), head.rawPath(),
                    reply.status());
            return new Answer.Drop();
        }
        if (mode == FaultMode.TRUNCATED_BODY) {
            reply = new Reply(reply.status(), Reply.JSON, Arrays.copyOf(reply.body(), reply.body().length / 2));
        } else if (mode == FaultMode.WRONG_CONTENT_TYPE) {
            reply = new Reply(200, "text/html; charset=utf-8",
                    "<html><body><h1>Gateway notice</h1><p>Service page</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8));
        }
        return new Answer.Send(reply);
    }

    /** The error body for a refusal the transport itself makes (a body over the limit, a stalled client). */
    public Reply refusal(ApiException e, String requestId) {
        return errors.of(e, requestId);
    }

    /** The media type of a body sealed to the approval system's key (see the contract). */
    public static final String SEALED_MEDIA_TYPE = "application/vnd.onetrip.sealed";

    /** {@code X-Kiosk-Id} is optional beside a certificate, but must not name another kiosk. */
    private static void requireSameKiosk(RequestHead head, String kioskId) {
        String claimed = blankToNull(head.headers().first(ContractHeaders.KIOSK_ID));
        if (claimed != null && !claimed.equals(kioskId)) {
            throw new ApiException(ErrorCode.KIOSK_ID_MISMATCH,
                    "X-Kiosk-Id names another kiosk than the client certificate (" + kioskId + ")");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void checkBody(RequestHead head, Payload payload, long limit) {
        if (head.contentLength() > limit) {
            throw tooLarge(limit);
        }
        if (!head.hasBody() || payload == Payload.NONE) {
            return;
        }
        String contentType = head.headers().first("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if ((payload == Payload.FILE || payload == Payload.SEALED) && !mediaType.equals(SEALED_MEDIA_TYPE)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "filings travel sealed to the approval system's key: send Content-Type: " + SEALED_MEDIA_TYPE);
        }
        if (payload == Payload.JSON) {
            if (!mediaType.equals("application/json")) {
                throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "this call takes a JSON body sent as Content-Type: application/json");
            }
            String charset = charset(contentType);
            if (charset != null && !charset.equals("utf-8")) {
                throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "JSON bodies are UTF-8; send Content-Type: application/json without another charset");
            }
        }
    }

    /** A 413 naming the limit. */
    public static ApiException tooLarge(long limit) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the request body exceeds " + limit + " bytes");
    }

    private static String charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return pair[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private Reply guarded(Route route, ApiRequest request) {
        Guard guard = route.guard();
        if (guard == Guard.ADMIN || guard == Guard.ENROLMENT) {
            return route.handler().handle(request);
        }
        String kioskId = request.kioskId();
        if (kioskId == null) {
            throw new ApiException(ErrorCode.MISSING_HEADER, "header " + ContractHeaders.KIOSK_ID + " is required");
        }
        if (guard == Guard.READ) {
            return route.handler().handle(request);
        }
        String key = request.idempotencyKey();
        if (key == null) {
            throw new ApiException(ErrorCode.MISSING_HEADER,
                    "header " + ContractHeaders.IDEMPOTENCY_KEY + " is required on this call");
        }
        if (key.length() > 128) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Idempotency-Key must be at most 128 characters");
        }
        if (guard == Guard.MUTATING) {
            return route.handler().handle(request);
        }
        String requestSha256 = Digests.sha256Hex(request.body());
        synchronized (replayLock) {
            Optional<ReplyJournal.StoredReply> stored = journal.find(kioskId, key, route.name());
            if (stored.isPresent()) {
                if (!stored.get().requestSha256().equals(requestSha256)) {
                    throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "this Idempotency-Key was already used for a different request");
                }
                return stored.get().reply();
            }
            Reply reply = route.handler().handle(request);
            if (reply.isSuccess()) {
                journal.save(kioskId, key, route.name(), new ReplyJournal.StoredReply(requestSha256, reply));
            }
            return reply;
        }
    }

    private Optional<Resolved> resolve(String method, String rawPath) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(rawPath);
            if (params.isPresent()) {
                if (route.method().equals(method)) {
                    return Optional.of(new Resolved(route, params.get()));
                }
                pathKnown = true;
            }
        }
        return pathKnown ? Optional.of(new Resolved(null, Map.of())) : Optional.empty();
    }

    /** A matched route (or {@code null} route: the path exists but not for this method). */
    private record Resolved(Route route, Map<String, String> params) {
    }
}
