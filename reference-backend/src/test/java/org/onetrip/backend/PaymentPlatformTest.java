package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import org.onetrip.backend.payment.NoticeBook;
import org.onetrip.backend.payment.PaymentFault;

/**
 * The reference payment platform over HTTPS with a kiosk's client certificate, fault by fault as
 * {@code docs/api/payment-platform.yaml} describes them.
 */
class PaymentPlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "134567890123456789";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private ReferenceBackend backend;
    private TestKiosk kiosk;

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void aNoticeShowsPayeeItemAmountAndDueDateAndAnUnknownOneIsNotFound() throws Exception {
        JsonNode notice = ok(call("GET", "notices/" + NoticeBook.TRAFFIC_FINE, null, null));
        assertThat(notice.get("payee").asText()).isEqualTo("市公安局交通警察支队");
        assertThat(notice.get("amountFen").asLong()).isEqualTo(20_000);
        assertThat(notice.get("dueDate").asText()).isEqualTo("2027-01-15");
        assertThat(notice.get("paid").asBoolean()).isFalse();

        HttpResponse<String> unknown = call("GET", "notices/33010026129999999999", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("UNKNOWN_NOTICE");
    }

    @Test
    void anOrderIsMadeOncePerOrderNumberAndOtherTermsUnderTheSameNumberConflict() throws Exception {
        HttpResponse<String> first = create("SZ-0001-000001", "QR", 1_000);
        HttpResponse<String> again = create("SZ-0001-000001", "QR", 1_000);
        HttpResponse<String> other = create("SZ-0001-000001", "QR", 2_000);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("platformOrderId").asText())
                .isEqualTo(JSON.readTree(first.body()).get("platformOrderId").asText());
        assertThat(JSON.readTree(first.body()).get("qrContent").asText()).startsWith("onetrip-pay:order/");
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(code(other)).isEqualTo("ORDER_CONFLICT");
    }

    @Test
    void aPaymentCodePaysAtOnceWithAFiscalReceiptAndTheCodeIsNeverEchoed() throws Exception {
        create("SZ-0001-000002", "PAYMENT_CODE", 2_000);

        HttpResponse<String> paid = pay("SZ-0001-000002");

        assertThat(ok(paid).get("state").asText()).isEqualTo("PAID");
        assertThat(ok(paid).at("/eReceipt/number").asText()).matches("33020261207\\d{7}");
        assertThat(paid.body()).doesNotContain(CODE).doesNotContain(CODE.substring(4, 14));
    }

    @Test
    void aPayerEnteringAPasswordIsUserPayingUntilTheSecondQuery() throws Exception {
        backend.paymentFaults().switchOn(PaymentFault.PAYER_ENTERS_PASSWORD);
        create("SZ-0001-000003", "PAYMENT_CODE", 2_000);

        assertThat(ok(pay("SZ-0001-000003")).get("state").asText()).isEqualTo("USERPAYING");
        assertThat(state("SZ-0001-000003")).isEqualTo("USERPAYING");
        assertThat(state("SZ-0001-000003")).isEqualTo("PAID");
    }

    @Test
    void anUnknownResultIsA500YetTheOrderIsPaidWhenQueried() throws Exception {
        backend.paymentFaults().switchOn(PaymentFault.UNKNOWN_RESULT);
        create("SZ-0001-000004", "PAYMENT_CODE", 2_000);

        HttpResponse<String> answer = pay("SZ-0001-000004");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(code(answer)).isEqualTo("PAYMENT_RESULT_UNKNOWN");
        assertThat(JSON.readTree(answer.body()).at("/error/retryable").asBoolean()).isTrue();
        assertThat(state("SZ-0001-000004")).isEqualTo("PAID");
    }

    @Test
    void aTimedOutPaymentIsMadeAllTheSame() throws Exception {
        backend.paymentFaults().switchOn(PaymentFault.TIME_OUT).answerDelay(Duration.ofSeconds(2));
        create("SZ-0001-000005", "PAYMENT_CODE", 2_000);

        HttpRequest request = request("POST", "orders/SZ-0001-000005/pay", "{\"paymentCode\":\"" + CODE + "\"}",
                "SZ-0001-000005").timeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> kiosk.http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(state("SZ-0001-000005")).isEqualTo("PAID");
    }

    @Test
    void aPaidOrderCannotBeClosedAndANeverConfirmingPayerIsEndedByCancel() throws Exception {
        create("SZ-0001-000006", "PAYMENT_CODE", 2_000);
        pay("SZ-0001-000006");
        HttpResponse<String> close = call("POST", "orders/SZ-0001-000006/close", null, "SZ-0001-000006");
        assertThat(close.statusCode()).isEqualTo(409);
        assertThat(code(close)).isEqualTo("ORDER_PAID");

        backend.paymentFaults().switchOn(PaymentFault.PAYER_NEVER_CONFIRMS);
        create("SZ-0001-000007", "PAYMENT_CODE", 2_000);
        pay("SZ-0001-000007");
        for (int i = 0; i < 5; i++) {
            assertThat(state("SZ-0001-000007")).isEqualTo("USERPAYING");
        }
        JsonNode cancelled = ok(call("POST", "orders/SZ-0001-000007/cancel", null, "SZ-0001-000007"));
        assertThat(cancelled.get("state").asText()).isEqualTo("CLOSED");
    }

    @Test
    void cancellingAPaidPaymentCodeOrderRefundsItInFull() throws Exception {
        create("SZ-0001-000008", "PAYMENT_CODE", 2_000);
        pay("SZ-0001-000008");

        JsonNode cancelled = ok(call("POST", "orders/SZ-0001-000008/cancel", null, "SZ-0001-000008"));

        assertThat(cancelled.get("state").asText()).isEqualTo("REFUNDED");
        assertThat(cancelled.get("refundedFen").asLong()).isEqualTo(2_000);
    }

    @Test
    void aPaymentThatLandsAfterTheCloseShowsInTheNotificationsAndTheStatement() throws Exception {
        backend.paymentFaults().switchOn(PaymentFault.PAID_AFTER_CLOSE);
        create("SZ-0001-000009", "QR", 3_000);

        assertThat(ok(call("POST", "orders/SZ-0001-000009/close", null, "SZ-0001-000009")).get("state").asText())
                .isEqualTo("CLOSED");

        assertThat(state("SZ-0001-000009")).isEqualTo("PAID");
        JsonNode notes = ok(call("GET", "notifications/after/0", null, null));
        assertThat(notes.get("notifications").get(0).get("event").asText()).isEqualTo("PAID");
        JsonNode statement = ok(call("GET", "statements/2026-12-07", null, null));
        assertThat(statement.at("/orders/0/state").asText()).isEqualTo("PAID");
    }

    @Test
    void aRefundIsIdempotentOnItsNumberAndARefusedOneLeavesTheOrderPaid() throws Exception {
        create("SZ-0001-000010", "PAYMENT_CODE", 2_000);
        pay("SZ-0001-000010");
        backend.paymentFaults().switchOn(PaymentFault.REFUND_REFUSED);

        HttpResponse<String> refused = refund("SZ-0001-000010", "R-SZ-0001-000010", 2_000);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(code(refused)).isEqualTo("REFUND_REFUSED");
        assertThat(state("SZ-0001-000010")).isEqualTo("PAID");

        backend.paymentFaults().clear();
        assertThat(refund("SZ-0001-000010", "R-SZ-0001-000010", 2_000).statusCode()).isEqualTo(201);
        assertThat(refund("SZ-0001-000010", "R-SZ-0001-000010", 2_000).statusCode()).isEqualTo(200);
        assertThat(code(refund("SZ-0001-000010", "R2-SZ-0001-000010", 1))).isEqualTo("REFUND_REFUSED");
        JsonNode statement = ok(call("GET", "statements/2026-12-07", null, null));
        assertThat(statement.at("/orders/0/state").asText()).isEqualTo("REFUNDED");
        assertThat(statement.at("/orders/0/refunds")).hasSize(1);
    }

    @Test
    void aDuplicateNotificationComesTwiceWithItsOwnSequence() throws Exception {
        backend.paymentFaults().switchOn(PaymentFault.DUPLICATE_NOTIFICATION);
        create("SZ-0001-000011", "PAYMENT_CODE", 2_000);
        pay("SZ-0001-000011");

        JsonNode notes = ok(call("GET", "notifications/after/0", null, null));

        List<String> events = new ArrayList<>();
        notes.get("notifications").forEach(n -> events.add(n.get("orderNo").asText() + " " + n.get("event").asText()));
        assertThat(events).containsExactly("SZ-0001-000011 PAID", "SZ-0001-000011 PAID");
        assertThat(ok(call("GET", "notifications/after/" + notes.get("last").asLong(), null, null))
                .get("notifications")).isEmpty();
    }

    @Test
    void thePayersPhonePaysAnOnScreenQrUntilItExpiresAndANoticeIsPaidOnce() throws Exception {
        String fine = "{\"channel\":\"QR\",\"amountFen\":20000,\"payeeCode\":\"330100261\",\"itemCode\":\"103050101\","
                + "\"subject\":\"罚款\",\"noticeNumber\":\"" + NoticeBook.TRAFFIC_FINE + "\",\"expiresInSeconds\":120}";
        JsonNode order = ok(call("PUT", "orders/SZ-0001-000012", fine, "SZ-0001-000012"));

        assertThat(backend.paymentPlatform().payerScans(order.get("qrContent").asText()).state()).isEqualTo("PAID");
        assertThat(ok(call("GET", "notices/" + NoticeBook.TRAFFIC_FINE, null, null)).get("paid").asBoolean()).isTrue();
        HttpResponse<String> twice = call("PUT", "orders/SZ-0001-000013", fine, "SZ-0001-000013");
        assertThat(code(twice)).isEqualTo("NOTICE_PAID");

        JsonNode late = ok(create("SZ-0001-000014", "QR", 500));
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> backend.paymentPlatform().payerScans(late.get("qrContent").asText()))
                .hasMessageContaining("expired");
    }

    @Test
    void theOperatorSwitchesPaymentFaultsOverHttp() throws Exception {
        HttpRequest set = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + backend.port() + "/admin/payment-faults"))
                .header("Authorization", "Bearer " + backend.operatorToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"faults\":[\"REFUND_REFUSED\"],\"answerDelay\":\"PT1S\"}"))
                .build();
        HttpResponse<String> answer = kiosk.http.send(set, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(backend.paymentFaults().switchedOn()).containsExactly(PaymentFault.REFUND_REFUSED);
        assertThat(backend.paymentFaults().answerDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    private HttpResponse<String> create(String orderNo, String channel, long fen) throws Exception {
        String body = "{\"channel\":\"" + channel + "\",\"amountFen\":" + fen
                + ",\"payeeCode\":\"330100999\",\"itemCode\":\"103049901\",\"subject\":\"证明工本费\"}";
        return call("PUT", "orders/" + orderNo, body, orderNo);
    }

    private HttpResponse<String> pay(String orderNo) throws Exception {
        return call("POST", "orders/" + orderNo + "/pay", "{\"paymentCode\":\"" + CODE + "\"}", orderNo);
    }

    private HttpResponse<String> refund(String orderNo, String refundNo, long fen) throws Exception {
        return call("PUT", "orders/" + orderNo + "/refunds/" + refundNo, "{\"amountFen\":" + fen + "}", refundNo);
    }

    private String state(String orderNo) throws Exception {
        return ok(call("GET", "orders/" + orderNo, null, null)).get("state").asText();
    }

    private HttpResponse<String> call(String method, String path, String body, String idempotencyKey) throws Exception {
        return kiosk.http.send(request(method, path, body, idempotencyKey).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(backend.paymentBaseUri().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b;
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).at("/error/code").asText();
    }
}
