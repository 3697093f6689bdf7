package org.onetrip.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.payment.PaymentFixture.CERTIFICATE_FEE;
import static org.onetrip.kiosk.payment.PaymentFixture.CODE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.payment.PaymentPlatform;
import org.onetrip.kiosk.payment.Mismatch.Kind;
import org.onetrip.kiosk.payment.PaymentDelivery.IfNotDelivered;
import org.onetrip.kiosk.payment.PaymentOutcome.Paid;
import org.onetrip.kiosk.testsupport.RunningBackend;

/** The kiosk's orders against the reference platform's statement: agreement, then planted mismatches. */
class PaymentReconciliationTest {

    @TempDir
    Path dir;

    private PaymentFixture kiosk;

    @BeforeEach
    void start() {
        kiosk = new PaymentFixture(dir);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aDayOfDeliveredRefundedAndClosedOrdersAgreesWithTheStatement() {
        delivered();
        Paid failedPrint = pay();
        kiosk.delivery.deliver(failedPrint, () -> false, IfNotDelivered.REFUND);
        kiosk.finish(kiosk.checkout.payByQr(CERTIFICATE_FEE));

        assertThat(reconcile()).isEmpty();
    }

    @Test
    void everyPlantedMismatchIsFound() {
        delivered();
        // the kiosk lost track of a paid order: it holds it closed
        Paid lost = pay();
        kiosk.ledger.move(lost.order().orderNo(), Set.of(OrderState.PAID), OrderState.CLOSED, "planted");
        kiosk.holds.release(lost.order().orderNo());
        // the platform refunded a delivered order twice, half each time
        Paid twice = delivered();
        PaymentPlatform platform = kiosk.backend.backend().paymentPlatform();
        String orderNo = twice.order().orderNo();
        platform.refund(RunningBackend.KIOSK_ID, orderNo, "R1-" + orderNo, new PaymentPlatform.RefundRequest(500L, "x"));
        platform.refund(RunningBackend.KIOSK_ID, orderNo, "R2-" + orderNo, new PaymentPlatform.RefundRequest(500L, "x"));
        // an order only the platform knows
        platform.create(RunningBackend.KIOSK_ID, "SZ-NS-0001-FOREIGN-1", new PaymentPlatform.NewOrder("QR", 700L,
                "330100999", "103049901", "x", null, 120));
        // an order only the kiosk knows, though it says it was delivered
        KioskOrder ghost = kiosk.ledger.record(PaymentChannel.QR, CERTIFICATE_FEE, kiosk.clock.instant());
        kiosk.ledger.paid(ghost.orderNo(), kiosk.clock.instant(), Optional.empty());
        kiosk.ledger.move(ghost.orderNo(), Set.of(OrderState.PAID), OrderState.DELIVERED, "planted");

        List<Mismatch> found = reconcile();

        assertThat(found).extracting(Mismatch::kind, Mismatch::orderNo).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.PAID_NOT_DELIVERED, lost.order().orderNo()),
                org.assertj.core.groups.Tuple.tuple(Kind.REFUNDED_TWICE, orderNo),
                org.assertj.core.groups.Tuple.tuple(Kind.DELIVERED_NOT_PAID, orderNo),
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_TO_KIOSK, "SZ-NS-0001-FOREIGN-1"),
                org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_TO_PLATFORM, ghost.orderNo()));
        assertThat(found).allSatisfy(m -> assertThat(m.line()).doesNotContain(CODE.substring(4, 14)));
    }

    @Test
    void anOrderLeftOpenIsListed() {
        kiosk.backend.backend().paymentFaults().switchOn(org.onetrip.backend.payment.PaymentFault.PAYER_NEVER_CONFIRMS);
        PaymentAttempt attempt = kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE));
        kiosk.scheduler.advance(Duration.ofSeconds(5));

        assertThat(reconcile()).extracting(Mismatch::kind).containsExactly(Kind.STILL_OPEN);
        attempt.cancel();
        kiosk.finish(attempt);
        assertThat(reconcile()).isEmpty();
    }

    private Paid pay() {
        return (Paid) kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));
    }

    private Paid delivered() {
        Paid paid = pay();
        kiosk.delivery.deliver(paid, () -> true, IfNotDelivered.REFUND);
        return paid;
    }

    private List<Mismatch> reconcile() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        PlatformContract.Statement statement = ((PlatformAnswer.Answered<PlatformContract.Statement>) kiosk.client
                .statement(today)).value();
        return PaymentReconciliation.compare(kiosk.ledger.all(), statement);
    }
}
