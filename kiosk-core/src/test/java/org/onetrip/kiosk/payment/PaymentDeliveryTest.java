package org.onetrip.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.kiosk.payment.PaymentFixture.CERTIFICATE_FEE;
import static org.onetrip.kiosk.payment.PaymentFixture.CODE;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.payment.PaymentFault;
import org.onetrip.kiosk.payment.PaymentDelivery.IfNotDelivered;
import org.onetrip.kiosk.payment.PaymentOutcome.Paid;
import org.slf4j.LoggerFactory;

/** Nothing delivered before paid; a failed print refunded or kept as credit; what the worker finishes. */
class PaymentDeliveryTest {

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
    void nothingIsPrintedForAnOrderThePlatformHasNotConfirmedPaid() {
        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);
        kiosk.scheduler.runDue();
        KioskOrder unpaid = kiosk.ledger.find(attempt.orderNo().orElseThrow()).orElseThrow();
        AtomicBoolean printed = new AtomicBoolean();

        assertThatThrownBy(() -> kiosk.delivery.deliver(new Paid(unpaid), () -> printed.getAndSet(true),
                IfNotDelivered.REFUND)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not paid");
        assertThat(printed).isFalse();
    }

    @Test
    void aPaidCertificateThatFailsToPrintIsRefundedAtOnce() {
        Paid paid = (Paid) kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));

        DeliveryOutcome outcome = kiosk.delivery.deliver(paid, () -> false, IfNotDelivered.REFUND);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Refunded.class);
        assertThat(kiosk.platformState(paid.order().orderNo())).isEqualTo("REFUNDED");
    }

    @Test
    void orKeptAsCreditForAReprintAsTheCitizenChooses() {
        Paid paid = (Paid) kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));

        assertThat(kiosk.delivery.deliver(paid, () -> false, IfNotDelivered.KEEP_AS_CREDIT))
                .isInstanceOf(DeliveryOutcome.KeptAsCredit.class);
        assertThat(kiosk.delivery.redeemCredit(paid.order().orderNo(), () -> true))
                .isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(kiosk.platformState(paid.order().orderNo())).isEqualTo("PAID");
    }

    @Test
    void aRefusedRefundIsAskedAgainByTheWorkerUntilItIsMade() {
        Paid paid = (Paid) kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.REFUND_REFUSED);

        assertThat(kiosk.delivery.deliver(paid, () -> false, IfNotDelivered.REFUND))
                .isInstanceOf(DeliveryOutcome.RefundPending.class);
        kiosk.worker.finishOpen();
        assertThat(kiosk.state(paid.order().orderNo())).isEqualTo(OrderState.REFUNDING);

        kiosk.backend.backend().paymentFaults().clear();
        kiosk.worker.finishOpen();
        assertThat(kiosk.state(paid.order().orderNo())).isEqualTo(OrderState.REFUNDED);
    }

    @Test
    void aPaymentThatLandsAfterTheCloseIsRefundedOnceThoughNotifiedTwice() {
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.PAID_AFTER_CLOSE);
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.DUPLICATE_NOTIFICATION);
        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);
        kiosk.scheduler.runDue();
        attempt.cancel();
        kiosk.finish(attempt);
        String orderNo = attempt.orderNo().orElseThrow();
        assertThat(kiosk.state(orderNo)).isEqualTo(OrderState.CLOSED);

        kiosk.worker.finishOpen();
        kiosk.worker.finishOpen();

        assertThat(kiosk.state(orderNo)).isEqualTo(OrderState.REFUNDED);
        var statement = kiosk.backend.backend().paymentPlatform().statement(
                org.onetrip.kiosk.testsupport.RunningBackend.KIOSK_ID, "2026-12-07");
        assertThat(statement.orders()).singleElement().satisfies(line -> {
            assertThat(line.state()).isEqualTo("REFUNDED");
            assertThat(line.refunds()).hasSize(1);
        });
    }

    @Test
    void aPaidFeeWhoseSessionWasAbandonedIsRefundedAndAPaidNoticeSettled() {
        Paid fee = (Paid) kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));
        Paid fine = (Paid) kiosk.finish(kiosk.checkout.payByCode(kiosk.trafficFine(), PaymentCode.of(CODE)));
        kiosk.worker.finishOpen();
        assertThat(kiosk.state(fee.order().orderNo())).as("held by its session").isEqualTo(OrderState.PAID);

        kiosk.clock.advance(kiosk.rules.holdLimit());
        kiosk.worker.finishOpen();

        assertThat(kiosk.state(fee.order().orderNo())).isEqualTo(OrderState.REFUNDED);
        assertThat(kiosk.state(fine.order().orderNo())).isEqualTo(OrderState.DELIVERED);
    }

    @Test
    void thePaymentCodeIsNeitherLoggedNorStoredInFull() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger("org.onetrip");
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        log.start();
        root.addAppender(log);
        try {
            kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.UNKNOWN_RESULT);
            kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));
            kiosk.scheduler.advance(Duration.ofSeconds(10));
        } finally {
            root.detachAppender(log);
            root.setLevel(level);
        }
        String middle = CODE.substring(4, 14);
        assertThat(log.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(middle));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(middle);
            }
        }
    }
}
