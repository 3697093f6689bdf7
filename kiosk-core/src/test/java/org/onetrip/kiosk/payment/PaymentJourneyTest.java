package org.onetrip.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.payment.PaymentFixture.CERTIFICATE_FEE;
import static org.onetrip.kiosk.payment.PaymentFixture.CODE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.payment.NoticeBook;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.ScannedCode;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptLines;
import org.onetrip.kiosk.payment.PaymentDelivery.IfNotDelivered;
import org.onetrip.kiosk.payment.PaymentView.Step;
import org.onetrip.kiosk.receipt.PaymentSlip;
import org.onetrip.kiosk.receipt.PaymentSlipTemplate;

/** The "缴费 / Pay" journey without a screen: a citizen pays a fine both ways, and a certificate fee. */
class PaymentJourneyTest {

    @TempDir
    Path dir;

    private PaymentFixture kiosk;
    private final FakeCodeScanner scanner = new FakeCodeScanner();
    private final List<String> printedSlips = new ArrayList<>();

    @BeforeEach
    void start() {
        kiosk = new PaymentFixture(dir);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private PaymentJourney journey(boolean withScanner) {
        return new PaymentJourney(kiosk.client, kiosk.checkout, kiosk.delivery,
                withScanner ? Optional.of(scanner) : Optional.empty(), this::print, Runnable::run,
                new PaymentAvailability(true, withScanner), "市民中心", "SZ-NS-0001");
    }

    private boolean print(PaymentSlip slip) {
        printedSlips.add(String.join("\n", ReceiptLines.text(new PaymentSlipTemplate(ZoneId.of("Asia/Shanghai"))
                .render(slip, PaperWidth.MM80))));
        return true;
    }

    @Test
    void aFineTypedOnTheKeypadIsPaidWithThePhonesPaymentCodeAndTheSlipPrinted() {
        PaymentJourney journey = journey(true);
        NoticeBook.TRAFFIC_FINE.chars().forEach(c -> journey.digit(c - '0'));
        journey.lookUp();

        PaymentView confirm = journey.view().get();
        assertThat(confirm.step()).isEqualTo(Step.CONFIRM);
        assertThat(confirm.item().orElseThrow().payee()).isEqualTo("市公安局交通警察支队");
        assertThat(confirm.item().orElseThrow().amount()).isEqualTo("¥200.00");
        assertThat(confirm.item().orElseThrow().dueDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-15"));
        assertThat(confirm.ways()).containsExactlyInAnyOrder(PaymentChannel.QR, PaymentChannel.PAYMENT_CODE);

        scanner.willRead(new CodeRead.Scanned(new ScannedCode(CODE)));
        journey.payByCode();
        kiosk.scheduler.advanceUntil(journey.outcome()::isDone, Duration.ofSeconds(1), Duration.ofMinutes(2));

        PaymentView paid = journey.view().get();
        assertThat(paid.step()).isEqualTo(Step.PAID);
        assertThat(paid.slipPrinted()).contains(true);
        KioskOrder order = paid.paid().orElseThrow();
        assertThat(kiosk.state(order.orderNo())).isEqualTo(OrderState.DELIVERED);
        assertThat(printedSlips).singleElement().satisfies(slip -> assertThat(slip)
                .contains("市公安局交通警察支队", "道路交通安全违法罚款", "¥200.00", order.orderNo(),
                        order.receiptNumber().orElseThrow(), NoticeBook.TRAFFIC_FINE)
                .doesNotContain(CODE.substring(4, 14)));
    }

    @Test
    void aFineShownToTheScannerIsPaidByTheOnScreenQr() {
        PaymentJourney journey = journey(true);
        journey.noticeScanned(NoticeBook.TUITION);
        journey.payByQr();
        kiosk.scheduler.runDue();

        PaymentView qr = journey.view().get();
        assertThat(qr.step()).isEqualTo(Step.SHOW_QR);
        assertThat(qr.cancellable()).isTrue();
        kiosk.backend.backend().paymentPlatform().payerScans(qr.qrContent().orElseThrow());
        kiosk.scheduler.advanceUntil(journey.outcome()::isDone, Duration.ofSeconds(1), Duration.ofMinutes(2));

        assertThat(journey.view().get().step()).isEqualTo(Step.PAID);
        assertThat(printedSlips).singleElement().satisfies(slip -> assertThat(slip).contains("¥1,250.00"));
    }

    @Test
    void anUnknownOrAlreadyPaidNoticeIsAProblemNotAPayment() {
        PaymentJourney unknown = journey(true);
        unknown.noticeScanned("33010026129999999999");
        assertThat(unknown.view().get().problem()).contains("payment.notice.unknown");

        PaymentJourney first = journey(true);
        first.noticeScanned(NoticeBook.DEED_TAX);
        scanner.willRead(new CodeRead.Scanned(new ScannedCode(CODE)));
        first.payByCode();
        kiosk.scheduler.advanceUntil(first.outcome()::isDone, Duration.ofSeconds(1), Duration.ofMinutes(2));
        assertThat(first.view().get().paid().orElseThrow().receiptNumber()).as("a tax has no fiscal e-receipt").isEmpty();

        PaymentJourney again = journey(true);
        again.noticeScanned(NoticeBook.DEED_TAX);
        assertThat(again.view().get().step()).isEqualTo(Step.PROBLEM);
        assertThat(again.view().get().problem()).contains("payment.notice.paid");
    }

    @Test
    void withoutAScannerOnlyTheQrIsOfferedAndTheCitizenCanCancelIt() {
        PaymentJourney journey = journey(false);
        journey.noticeScanned(NoticeBook.LATE_REGISTRATION_FINE);
        assertThat(journey.view().get().ways()).containsExactly(PaymentChannel.QR);
        journey.payByCode();
        assertThat(journey.view().get().step()).isEqualTo(Step.CONFIRM);

        journey.payByQr();
        kiosk.scheduler.advance(Duration.ofSeconds(8));
        journey.cancel();
        kiosk.scheduler.advanceUntil(journey.outcome()::isDone, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(journey.view().get().step()).isEqualTo(Step.NOT_PAID);
        assertThat(journey.view().get().problem()).contains("payment.notpaid.cancelled");
        assertThat(printedSlips).isEmpty();
    }

    @Test
    void aCertificateFeeIsPaidFirstAndAFailedPrintIsRefundedAndSaidSoOnTheSlip() {
        PaymentJourney journey = journey(true);
        journey.payFee(CERTIFICATE_FEE);
        scanner.willRead(new CodeRead.Scanned(new ScannedCode(CODE)));
        journey.payByCode();
        kiosk.scheduler.advanceUntil(journey.outcome()::isDone, Duration.ofSeconds(1), Duration.ofMinutes(2));
        PaymentOutcome.Paid paid = (PaymentOutcome.Paid) journey.outcome().join();

        DeliveryOutcome delivered = kiosk.delivery.deliver(paid, () -> false, IfNotDelivered.REFUND);
        print(journey.slip(delivered.order(), Optional.of("证明未打印，款项已原路退回 Not printed: refunded")));

        assertThat(delivered).isInstanceOf(DeliveryOutcome.Refunded.class);
        assertThat(printedSlips).singleElement().satisfies(slip -> assertThat(slip).contains("¥10.00", "refunded"));
    }
}
