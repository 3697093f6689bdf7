package org.onetrip.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.payment.PaymentFixture.CERTIFICATE_FEE;
import static org.onetrip.kiosk.payment.PaymentFixture.CODE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.backend.payment.PaymentFault;
import org.onetrip.kiosk.payment.PaymentOutcome.NotPaid;
import org.onetrip.kiosk.payment.PaymentOutcome.NotPaidReason;
import org.onetrip.kiosk.payment.PaymentOutcome.Paid;
import org.onetrip.kiosk.payment.PaymentProgress.Stage;

/** One payment at a time against the reference platform, its rules stepped through on a manual clock. */
class CheckoutTest {

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
    void anOnScreenQrPaidByThePayersPhoneIsPaidAtTheNextPollWithItsFiscalReceipt() {
        PaymentAttempt attempt = kiosk.checkout.payByQr(kiosk.trafficFine());
        kiosk.scheduler.runDue();
        PaymentProgress shown = attempt.progress().get();
        assertThat(shown.stage()).isEqualTo(Stage.SHOW_QR);

        kiosk.backend.backend().paymentPlatform().payerScans(shown.qrContent().orElseThrow());
        PaymentOutcome outcome = kiosk.finish(attempt);

        assertThat(outcome).isInstanceOf(Paid.class);
        KioskOrder order = ((Paid) outcome).order();
        assertThat(order.state()).isEqualTo(OrderState.PAID);
        assertThat(order.receiptNumber()).isPresent();
        assertThat(order.noticeNumber()).isPresent();
        assertThat(kiosk.delivery.settle((Paid) outcome)).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(kiosk.state(order.orderNo())).isEqualTo(OrderState.DELIVERED);
    }

    @Test
    void aWaitingOrderIsQueriedEveryThreeToFiveSecondsAndAnUnpaidQrIsClosedWhenItsTimeRunsOut() {
        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);

        PaymentOutcome outcome = kiosk.finish(attempt);

        assertThat(outcome).isEqualTo(new NotPaid(attempt.orderNo().orElseThrow(), NotPaidReason.QR_EXPIRED));
        assertThat(kiosk.state(attempt.orderNo().orElseThrow())).isEqualTo(OrderState.CLOSED);
        assertThat(kiosk.platformState(attempt.orderNo().orElseThrow())).isEqualTo("CLOSED");
        List<Duration> polls = kiosk.scheduler.delays().stream().filter(d -> !d.isZero()).toList();
        assertThat(polls).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5)));
    }

    @Test
    void aPaymentCodeIsPaidAtOnceAndKeptMaskedOnly() throws Exception {
        PaymentOutcome outcome = kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)));

        KioskOrder order = ((Paid) outcome).order();
        assertThat(order.maskedCode()).contains("1345****6789");
        assertThat(PaymentCode.of(CODE).toString()).isEqualTo("1345****6789");
    }

    @Test
    void aPayerEnteringAPasswordIsWaitedForAndThenPaid() {
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.PAYER_ENTERS_PASSWORD);
        PaymentAttempt attempt = kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE));
        List<Stage> stages = new ArrayList<>();
        attempt.progress().subscribe(p -> stages.add(p.stage()));

        PaymentOutcome outcome = kiosk.finish(attempt);

        assertThat(outcome).isInstanceOf(Paid.class);
        assertThat(stages).contains(Stage.WAITING_FOR_PAYER).endsWith(Stage.PAID);
    }

    @Test
    void anUnknownResultIsCheckedAndFoundPaid() {
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.UNKNOWN_RESULT);
        PaymentAttempt attempt = kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE));
        List<Stage> stages = new ArrayList<>();
        attempt.progress().subscribe(p -> stages.add(p.stage()));

        assertThat(kiosk.finish(attempt)).isInstanceOf(Paid.class);
        assertThat(stages).contains(Stage.CHECKING);
    }

    @Test
    void aPaymentThatTimedOutIsCheckedAndFoundPaid() {
        kiosk.close();
        kiosk = new PaymentFixture(dir.resolve("slow"), Duration.ofMillis(500));
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.TIME_OUT).answerDelay(Duration.ofSeconds(2));

        assertThat(kiosk.finish(kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE)))).isInstanceOf(Paid.class);
    }

    @Test
    void aPaymentCodeStillUnknownAfterSixtySecondsIsCancelled() {
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.PAYER_NEVER_CONFIRMS);
        PaymentAttempt attempt = kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE));
        kiosk.scheduler.runDue();
        java.time.Instant sent = kiosk.clock.instant();

        PaymentOutcome outcome = kiosk.finish(attempt);

        assertThat(outcome).isEqualTo(new NotPaid(attempt.orderNo().orElseThrow(), NotPaidReason.UNCONFIRMED));
        assertThat(Duration.between(sent, kiosk.clock.instant())).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(66));
        assertThat(kiosk.state(attempt.orderNo().orElseThrow())).isEqualTo(OrderState.CLOSED);
        assertThat(kiosk.platformState(attempt.orderNo().orElseThrow())).isEqualTo("CLOSED");
    }

    @Test
    void anUnansweredCancelIsRepeatedAndTheWorkerCarriesOnUntilItAnswers() {
        kiosk.backend.backend().paymentFaults().switchOn(PaymentFault.PAYER_NEVER_CONFIRMS);
        kiosk.backend.backend().faults().add(FaultRule.always(FaultMode.FAIL).onlyUnder("/pay/v1/orders/"));
        PaymentAttempt attempt = kiosk.checkout.payByCode(CERTIFICATE_FEE, PaymentCode.of(CODE));
        kiosk.scheduler.runDue();
        kiosk.backend.backend().faults().clear();
        kiosk.scheduler.advance(Duration.ofSeconds(30));
        kiosk.backend.backend().faults().add(FaultRule.always(FaultMode.FAIL).onlyUnder("/pay/v1/orders/"));

        PaymentOutcome outcome = kiosk.finish(attempt);
        String orderNo = attempt.orderNo().orElseThrow();

        assertThat(outcome).isEqualTo(new NotPaid(orderNo, NotPaidReason.UNCONFIRMED));
        assertThat(kiosk.state(orderNo)).isEqualTo(OrderState.CANCELLING);
        assertThat(kiosk.ledger.find(orderNo).orElseThrow().attempts()).isEqualTo(kiosk.rules.cancelTries());
        kiosk.worker.finishOpen();
        assertThat(kiosk.state(orderNo)).isEqualTo(OrderState.CANCELLING);

        kiosk.backend.backend().faults().clear();
        kiosk.worker.finishOpen();
        assertThat(kiosk.state(orderNo)).isEqualTo(OrderState.CLOSED);
        assertThat(kiosk.worker.allFinished()).isTrue();
    }

    @Test
    void theCitizenCancelsAnUnpaidQrAndItIsClosed() {
        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);
        kiosk.scheduler.advance(Duration.ofSeconds(9));

        attempt.cancel();
        PaymentOutcome outcome = kiosk.finish(attempt);

        assertThat(outcome).isEqualTo(new NotPaid(attempt.orderNo().orElseThrow(), NotPaidReason.CANCELLED));
        assertThat(kiosk.platformState(attempt.orderNo().orElseThrow())).isEqualTo("CLOSED");
    }

    @Test
    void aCancelThatComesAfterThePayerPaidDeliversInstead() {
        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);
        kiosk.scheduler.runDue();
        kiosk.backend.backend().paymentPlatform().payerScans(attempt.progress().get().qrContent().orElseThrow());

        attempt.cancel();

        assertThat(kiosk.finish(attempt)).isInstanceOf(Paid.class);
        assertThat(kiosk.state(attempt.orderNo().orElseThrow())).isEqualTo(OrderState.PAID);
    }

    @Test
    void aNoticePaidBeforeIsNotTakenAgain() {
        PayableItem fine = kiosk.trafficFine();
        assertThat(kiosk.finish(kiosk.checkout.payByCode(fine, PaymentCode.of(CODE)))).isInstanceOf(Paid.class);

        PaymentAttempt again = kiosk.checkout.payByCode(fine, PaymentCode.of(CODE));

        assertThat(kiosk.finish(again)).isEqualTo(new NotPaid(again.orderNo().orElseThrow(), NotPaidReason.ALREADY_PAID));
    }

    @Test
    void withThePlatformDownTheCitizenIsToldAndTheWorkerClosesWhatMayHaveBeenMade() {
        kiosk.backend.backend().goDown();
        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);

        PaymentOutcome outcome = kiosk.finish(attempt);

        assertThat(outcome).isEqualTo(new NotPaid(attempt.orderNo().orElseThrow(), NotPaidReason.PLATFORM_UNAVAILABLE));
        kiosk.backend.backend().comeUp();
        kiosk.worker.finishOpen();
        assertThat(kiosk.state(attempt.orderNo().orElseThrow())).isEqualTo(OrderState.CLOSED);
    }

    @Test
    void aLedgerThatCannotBeWrittenEndsTheAttemptUnpaidRatherThanLeavingTheScreenWaiting() {
        kiosk.ledger.close();

        PaymentAttempt attempt = kiosk.checkout.payByQr(CERTIFICATE_FEE);
        kiosk.scheduler.runDue();

        assertThat(attempt.outcome().getNow(null)).isEqualTo(new NotPaid("", NotPaidReason.PLATFORM_UNAVAILABLE));
        assertThat(attempt.progress().get().stage()).isEqualTo(Stage.NOT_PAID);
    }
}
