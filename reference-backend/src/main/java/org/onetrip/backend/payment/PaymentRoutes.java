package org.onetrip.backend.payment;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Guard;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Payload;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.http.Route;

/**
 * The routes of {@code docs/api/payment-platform.yaml} over a {@link PaymentPlatform}, and the
 * operator's {@code /admin/payment-faults} and {@code /admin/payer:scan} (the payer's phone).
 */
public final class PaymentRoutes {

    /** The fault setting on the wire (schema {@code PaymentFaultSettings}). */
    public record FaultSettings(List<String> faults, String answerDelay) {
    }

    /** What the payer's phone scanned (schema {@code PayerScan}). */
    public record PayerScan(String qrContent) {
    }

    private final PaymentPlatform platform;
    private final Json json;

    public PaymentRoutes(PaymentPlatform platform, Json json) {
        this.platform = platform;
        this.json = json;
    }

    /** Whether {@code route} is one of these (and so documented in the payment platform's contract). */
    public static boolean isPayment(Route route) {
        return route.template().startsWith(PaymentPlatform.API_BASE + "/")
                || route.template().startsWith("/admin/payment-faults") || route.template().startsWith("/admin/payer");
    }

    public List<Route> routes() {
        String api = PaymentPlatform.API_BASE;
        return List.of(
                new Route("GET", api + "/notices/{noticeNumber}", Guard.READ, Payload.NONE,
                        r -> json.reply(200, platform.notice(r.pathParam("noticeNumber")))),
                new Route("PUT", api + "/orders/{orderNo}", Guard.MUTATING, Payload.JSON, this::create),
                new Route("GET", api + "/orders/{orderNo}", Guard.READ, Payload.NONE,
                        r -> json.reply(200, platform.query(r.kioskId(), r.pathParam("orderNo")))),
                new Route("POST", api + "/orders/{orderNo}/pay", Guard.MUTATING, Payload.JSON, this::pay),
                new Route("POST", api + "/orders/{orderNo}/close", Guard.MUTATING, Payload.NONE,
                        r -> json.reply(200, platform.close(r.kioskId(), r.pathParam("orderNo")))),
                new Route("POST", api + "/orders/{orderNo}/cancel", Guard.MUTATING, Payload.NONE,
                        r -> json.reply(200, platform.cancel(r.kioskId(), r.pathParam("orderNo")))),
                new Route("PUT", api + "/orders/{orderNo}/refunds/{refundNo}", Guard.MUTATING, Payload.JSON,
                        this::refund),
                new Route("GET", api + "/notifications/after/{seq}", Guard.READ, Payload.NONE, this::notifications),
                new Route("GET", api + "/statements/{date}", Guard.READ, Payload.NONE,
                        r -> json.reply(200, platform.statement(r.kioskId(), r.pathParam("date")))),
                new Route("GET", "/admin/payment-faults", Guard.ADMIN, Payload.NONE, this::faults),
                new Route("POST", "/admin/payment-faults", Guard.ADMIN, Payload.JSON, this::faults),
                new Route("DELETE", "/admin/payment-faults", Guard.ADMIN, Payload.NONE, this::faults),
                new Route("POST", "/admin/payer:scan", Guard.ADMIN, Payload.JSON,
                        r -> json.reply(200, platform.payerScans(json.read(r.body(), PayerScan.class).qrContent()))));
    }

    private Reply create(ApiRequest request) {
        Map.Entry<PaymentPlatform.OrderView, Boolean> made = platform.create(request.kioskId(),
                request.pathParam("orderNo"), json.read(request.body(), PaymentPlatform.NewOrder.class));
        return json.reply(made.getValue() ? 201 : 200, made.getKey());
    }

    private Reply pay(ApiRequest request) {
        PaymentPlatform.CodePayment body = json.read(request.body(), PaymentPlatform.CodePayment.class);
        PaymentPlatform.CodePaymentResult result = platform.pay(request.kioskId(), request.pathParam("orderNo"),
                body.paymentCode());
        if (!result.holdBack().isZero()) {
            try {
                Thread.sleep(result.holdBack().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (result.resultUnknown()) {
            throw new ApiException(ErrorCode.PAYMENT_RESULT_UNKNOWN,
                    "the payer's channel did not answer in time; query the order");
        }
        return json.reply(200, result.order());
    }

    private Reply refund(ApiRequest request) {
        Map.Entry<PaymentPlatform.RefundView, Boolean> done = platform.refund(request.kioskId(),
                request.pathParam("orderNo"), request.pathParam("refundNo"),
                json.read(request.body(), PaymentPlatform.RefundRequest.class));
        return json.reply(done.getValue() ? 201 : 200, done.getKey());
    }

    private Reply notifications(ApiRequest request) {
        long after;
        try {
            after = Long.parseLong(request.pathParam("seq"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "seq must be a whole number");
        }
        if (after < 0) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "seq must be 0 or more");
        }
        return json.reply(200, platform.notifications(request.kioskId(), after));
    }

    private Reply faults(ApiRequest request) {
        PaymentFaults faults = platform.faults();
        switch (request.method()) {
            case "POST" -> {
                FaultSettings settings = json.read(request.body(), FaultSettings.class);
                Set<PaymentFault> on = EnumSet.noneOf(PaymentFault.class);
                for (String name : settings.faults() == null ? List.<String>of() : settings.faults()) {
                    on.add(Arrays.stream(PaymentFault.values()).filter(f -> f.name().equals(name)).findFirst()
                            .orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST,
                                    "faults must be among " + Arrays.toString(PaymentFault.values()))));
                }
                if (settings.answerDelay() != null) {
                    try {
                        faults.answerDelay(Duration.parse(settings.answerDelay()));
                    } catch (RuntimeException e) {
                        throw new ApiException(ErrorCode.BAD_REQUEST,
                                "answerDelay must be an ISO-8601 duration within 0..PT30S");
                    }
                }
                faults.set(on);
            }
            case "DELETE" -> faults.clear();
            default -> {
                // GET: only show
            }
        }
        return json.reply(200, new FaultSettings(faults.switchedOn().stream().map(Enum::name).sorted().toList(),
                faults.answerDelay().toString()));
    }
}
