package org.onetrip.backend.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onetrip.backend.fault.FaultInjector;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.backend.store.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches every request to its route, applies the contract's header rules, the stored
 * replies of idempotent routes and the injected faults, and writes the answer.
 */
public final class Router implements HttpHandler {

    /** Largest accepted request body: a scanned material of many pages fits easily. */
    public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final List<Route> routes;
    private final FaultInjector faults;
    private final ReplyJournal journal;
    private final Json json;
    private final Object replayLock = new Object();

    public Router(List<Route> routes, FaultInjector faults, ReplyJournal journal, Json json) {
        this.routes = List.copyOf(routes);
        this.faults = faults;
        this.journal = journal;
        this.json = json;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String rawPath = exchange.getRequestURI().getRawPath();
        try {
            serve(exchange, requestId, rawPath);
        } catch (IOException e) {
            log.debug("connection lost while answering {} {}", exchange.getRequestMethod(), rawPath);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("request {} to {} failed before an answer was sent", requestId, rawPath, e);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, String requestId, String rawPath)
            throws IOException, InterruptedException {
        Optional<Resolved> resolved;
        try {
            resolved = resolve(exchange.getRequestMethod(), rawPath);
        } catch (ApiException e) {
            send(exchange, requestId, error(e, requestId));
            return;
        }
        boolean admin = resolved.map(r -> r.route() != null && r.route().guard() == Guard.ADMIN).orElse(false);
        Optional<FaultRule> fault = admin ? Optional.empty() : faults.decide(rawPath);
        if (fault.isPresent()) {
            FaultMode mode = fault.get().mode();
            if (mode == FaultMode.SLOW) {
                Thread.sleep(fault.get().delay().toMillis());
            } else if (mode == FaultMode.FAIL) {
                send(exchange, requestId, error(new ApiException(ErrorCode.UNAVAILABLE,
                        "the approval system is temporarily unavailable; retry later"), requestId));
                return;
            } else if (mode == FaultMode.ERROR_500) {
                send(exchange, requestId, error(new ApiException(ErrorCode.INTERNAL,
                        "the approval system failed to handle the request; retry later"), requestId));
                return;
            }
        }
        Reply reply = answer(exchange, requestId, rawPath, resolved);
        if (fault.isPresent()) {
            switch (fault.get().mode()) {
                case RESET -> {
                    log.info("{} {} -> {} dropped by an injected connection reset",
                            exchange.getRequestMethod(), rawPath, reply.status());
                    // closing before any header is sent makes the JDK server drop the connection
                    exchange.close();
                    return;
                }
                case TRUNCATED_BODY -> reply = new Reply(reply.status(), Reply.JSON,
                        Arrays.copyOf(reply.body(), reply.body().length / 2));
                case WRONG_CONTENT_TYPE -> reply = new Reply(200, "text/html; charset=utf-8",
                        "<html><body><h1>Gateway notice</h1><p>Service page</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8));
                default -> {
                    // faults acting before the handler were applied above
                }
            }
        }
        send(exchange, requestId, reply);
    }

    private Reply answer(HttpExchange exchange, String requestId, String rawPath, Optional<Resolved> resolved)
            throws IOException {
        if (resolved.isEmpty()) {
            return error(new ApiException(ErrorCode.NOT_FOUND, "no such resource: " + rawPath), requestId);
        }
        Resolved target = resolved.get();
        if (target.route() == null) {
            return error(new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                    exchange.getRequestMethod() + " is not allowed on " + rawPath), requestId);
        }
        try {
            byte[] body = readBody(exchange.getRequestBody());
            ApiRequest request = new ApiRequest(requestId, exchange.getRequestMethod(), rawPath,
                    target.params(), exchange.getRequestHeaders(), body);
            return guarded(target.route(), request);
        } catch (ApiException e) {
            return error(e, requestId);
        } catch (RuntimeException e) {
            log.error("request {} to {} failed", requestId, target.route().name(), e);
            return error(new ApiException(ErrorCode.INTERNAL, "internal error; retry later"), requestId);
        }
    }

    private Reply guarded(Route route, ApiRequest request) {
        Guard guard = route.guard();
        if (guard == Guard.ADMIN) {
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

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "the request body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    private Reply error(ApiException e, String requestId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code().name());
        error.put("message", e.getMessage());
        error.put("retryable", e.code().retryable());
        error.put("requestId", requestId);
        if (!e.details().isEmpty()) {
            error.put("details", e.details());
        }
        return json.reply(e.code().status(), Map.of("error", error));
    }

    private static void send(HttpExchange exchange, String requestId, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set(ContractHeaders.REQUEST_ID, requestId);
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        log.info("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), reply.status());
    }

    /** A matched route (or {@code null} route: the path exists but not for this method). */
    private record Resolved(Route route, Map<String, String> params) {
    }
}
