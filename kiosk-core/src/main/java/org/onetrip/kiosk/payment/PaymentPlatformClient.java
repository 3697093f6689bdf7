package org.onetrip.kiosk.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.payment.PlatformContract.ErrorBody;
import org.onetrip.kiosk.payment.PlatformContract.NewOrder;
import org.onetrip.kiosk.payment.PlatformContract.Notifications;
import org.onetrip.kiosk.payment.PlatformContract.Order;
import org.onetrip.kiosk.payment.PlatformContract.PayableNotice;
import org.onetrip.kiosk.payment.PlatformContract.Refund;
import org.onetrip.kiosk.payment.PlatformContract.RefundRequest;
import org.onetrip.kiosk.payment.PlatformContract.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call of {@code docs/api/payment-platform.yaml}, typed, over {@link HttpClient} with the
 * kiosk's connection (its client certificate, time-outs, {@code X-Kiosk-Id}). State-changing calls
 * carry the order or refund number as {@code Idempotency-Key}. Nothing the network or the platform
 * does is thrown: see {@link PlatformAnswer}. Calls block for at most the call time-out; never call
 * from a UI thread.
 *
 * <p>Logs name the operation, the order number and the status, never a body: a payment code goes
 * in one body only, and is never logged (see {@link PaymentCode}). Thread-safe.
 */
public final class PaymentPlatformClient {

    private static final Logger log = LoggerFactory.getLogger(PaymentPlatformClient.class);
    private static final String JSON = "application/json";

    /** How many calls were made and how long they took in all, answered or not: the time spent waiting on the platform. */
    public record CallStats(long calls, Duration waited) {
    }

    private final BackendConnection connection;
    private final HttpClient http;
    private final LongAdder calls = new LongAdder();
    private final LongAdder waitedNanos = new LongAdder();
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /**
     * The platform beside the approval backend: {@code /pay/v1/} on the backend's host, over the
     * same connection (the kiosk's client certificate, its time-outs).
     */
    public static PaymentPlatformClient besideApprovalBackend(BackendConnection backend) {
        URI payments = backend.baseUrl().resolve("/pay/v1/");
        return new PaymentPlatformClient(new BackendConnection(payments, backend.kioskId(), backend.connectTimeout(),
                backend.callTimeout(), backend.tls()));
    }

    /** @param connection whose base URL is the platform's, e.g. {@code https://127.0.0.1:8443/pay/v1/} */
    public PaymentPlatformClient(BackendConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.http = connection.httpClient();
    }

    public String kioskId() {
        return connection.kioskId();
    }

    /** Calls so far and the time spent in them, for the kiosk's figures. */
    public CallStats callStats() {
        return new CallStats(calls.sum(), Duration.ofNanos(waitedNanos.sum()));
    }

    /** {@code GET /notices/{noticeNumber}}. */
    public PlatformAnswer<PayableNotice> notice(String noticeNumber) {
        return call("notice", "GET", "notices/" + segment(noticeNumber), null, null, PayableNotice.class);
    }

    /** {@code PUT /orders/{orderNo}}: 201 made, 200 made before with the same terms. */
    public PlatformAnswer<Order> createOrder(String orderNo, NewOrder order) {
        return call("create-order " + orderNo, "PUT", "orders/" + segment(orderNo), json(order), orderNo, Order.class);
    }

    /** {@code GET /orders/{orderNo}}. */
    public PlatformAnswer<Order> query(String orderNo) {
        return call("query-order " + orderNo, "GET", "orders/" + segment(orderNo), null, null, Order.class);
    }

    /** {@code POST /orders/{orderNo}/pay}: the code travels in this body only. */
    public PlatformAnswer<Order> payByCode(String orderNo, PaymentCode code) {
        return call("pay-by-code " + orderNo + " " + code.masked(), "POST", "orders/" + segment(orderNo) + "/pay",
                json(new PlatformContract.CodePayment(code.digits())), orderNo, Order.class);
    }

    /** {@code POST /orders/{orderNo}/close}. */
    public PlatformAnswer<Order> close(String orderNo) {
        return call("close-order " + orderNo, "POST", "orders/" + segment(orderNo) + "/close", new byte[0], orderNo,
                Order.class);
    }

    /** {@code POST /orders/{orderNo}/cancel}. */
    public PlatformAnswer<Order> cancel(String orderNo) {
        return call("cancel-order " + orderNo, "POST", "orders/" + segment(orderNo) + "/cancel", new byte[0], orderNo,
                Order.class);
    }

    /** {@code PUT /orders/{orderNo}/refunds/{refundNo}}. */
    public PlatformAnswer<Refund> refund(String orderNo, String refundNo, RefundRequest request) {
        return call("refund " + orderNo, "PUT", "orders/" + segment(orderNo) + "/refunds/" + segment(refundNo),
                json(request), refundNo, Refund.class);
    }

    /** {@code GET /notifications/after/{seq}}. */
    public PlatformAnswer<Notifications> notifications(long after) {
        return call("notifications", "GET", "notifications/after/" + after, null, null, Notifications.class);
    }

    /** {@code GET /statements/{date}}. */
    public PlatformAnswer<Statement> statement(LocalDate date) {
        return call("statement " + date, "GET", "statements/" + date, null, null, Statement.class);
    }

    private <T> PlatformAnswer<T> call(String operation, String method, String path, byte[] body,
                                       String idempotencyKey, Class<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + path))
                .timeout(connection.callTimeout())
                .header("X-Kiosk-Id", connection.kioskId())
                .header("Accept", JSON)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && body.length > 0) {
            request.header("Content-Type", JSON);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<byte[]> response;
        long started = System.nanoTime();
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return unanswered(operation, "timed out after " + connection.callTimeout());
        } catch (ConnectException e) {
            return unanswered(operation, "cannot connect");
        } catch (IOException e) {
            return unanswered(operation, "connection lost (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unanswered(operation, "interrupted");
        } finally {
            calls.increment();
            waitedNanos.add(System.nanoTime() - started);
        }
        int status = response.statusCode();
        String requestId = response.headers().firstValue("X-Request-Id").orElse("-");
        boolean json = response.headers().firstValue("Content-Type")
                .map(v -> v.toLowerCase(Locale.ROOT).startsWith(JSON)).orElse(false);
        if (status >= 200 && status < 300 && json) {
            try {
                T value = mapper.readValue(response.body(), answer);
                if (value != null) {
                    log.debug("{}: {} (request {})", operation, status, requestId);
                    return new PlatformAnswer.Answered<>(value);
                }
            } catch (IOException | IllegalArgumentException e) {
                // falls through: unreadable
            }
            return unanswered(operation, status + " with a body that does not match the contract (request "
                    + requestId + ")");
        }
        ErrorBody error = null;
        if (json) {
            try {
                error = mapper.readValue(response.body(), ErrorBody.class);
            } catch (IOException | IllegalArgumentException e) {
                error = null;
            }
        }
        if (error == null || error.error() == null || error.error().code() == null) {
            return unanswered(operation, "answered " + status + " without the contract's body (request " + requestId
                    + ")");
        }
        boolean retryable = error.error().retryable() != null ? error.error().retryable() : status >= 500;
        if (retryable || status >= 500) {
            return unanswered(operation, status + " " + error.error().code() + " (request " + requestId + ")");
        }
        log.info("{}: refused {} {} (request {})", operation, status, error.error().code(), requestId);
        return new PlatformAnswer.Refused<>(error.error().code(),
                error.error().message() == null ? "" : error.error().message(), error.error().details());
    }

    private static <T> PlatformAnswer<T> unanswered(String operation, String reason) {
        log.info("{}: no usable answer, {}", operation, reason);
        return new PlatformAnswer.Unanswered<>(reason);
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
