package org.onetrip.kiosk.payment;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.onetrip.backend.payment.NoticeBook;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * The kiosk's payment parts against the reference platform on loopback (the backend as an open
 * test double), with a manual clock and a stepped scheduler.
 */
final class PaymentFixture implements AutoCloseable {

    static final String CODE = "134567890123456789";
    static final PayableItem CERTIFICATE_FEE = PayableItem.fee("NO_CRIMINAL_RECORD", "市公安局", "330100999",
            "无犯罪记录证明工本费", "103049901", 1_000);

    final RunningBackend backend;
    final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T02:00:00Z"));
    final SteppedScheduler scheduler = new SteppedScheduler(clock);
    final PaymentLedger ledger;
    final PaymentPlatformClient client;
    final OrderHolds holds = new OrderHolds(clock);
    final PaymentRules rules = PaymentRules.standard();
    final Checkout checkout;
    final PaymentWorker worker;
    final PaymentDelivery delivery;

    PaymentFixture(Path dir) {
        this(dir, Duration.ofSeconds(5));
    }

    PaymentFixture(Path dir, Duration callTimeout) {
        backend = new RunningBackend(dir.resolve("backend"));
        ledger = PaymentLedger.open(dir.resolve("kiosk"), RunningBackend.KIOSK_ID, clock, ZoneId.of("Asia/Shanghai"));
        client = new PaymentPlatformClient(BackendConnection.plain(backend.backend().paymentBaseUri(),
                RunningBackend.KIOSK_ID, callTimeout));
        checkout = new Checkout(ledger, client, rules, scheduler, holds, clock);
        worker = new PaymentWorker(ledger, client, rules, holds, clock);
        delivery = new PaymentDelivery(ledger, client, holds);
    }

    PayableItem trafficFine() {
        return PayableItem.notice(((PlatformAnswer.Answered<PlatformContract.PayableNotice>) client
                .notice(NoticeBook.TRAFFIC_FINE)).value());
    }

    /** Steps the clock a second at a time until the attempt ends (at most 5 minutes). */
    PaymentOutcome finish(PaymentAttempt attempt) {
        scheduler.advanceUntil(attempt.outcome()::isDone, Duration.ofSeconds(1), Duration.ofMinutes(5));
        return attempt.outcome().getNow(null);
    }

    OrderState state(String orderNo) {
        return ledger.find(orderNo).orElseThrow().state();
    }

    String platformState(String orderNo) {
        return backend.backend().paymentPlatform().query(RunningBackend.KIOSK_ID, orderNo).state();
    }

    @Override
    public void close() {
        ledger.close();
        backend.close();
    }
}
