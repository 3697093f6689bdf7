package org.onetrip.kiosk.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScanner;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.payment.PaymentView.Step;
import org.onetrip.kiosk.receipt.PaymentSlip;

/**
 * The "缴费 / Pay" journey as a screen sees it, and the payment step of a fee inside another
 * journey: a notice number typed on the digit keypad or shown to the scanner; payee, item,
 * amount and due date from the platform; payment by on-screen QR or by the phone's payment code
 * shown to the scanner; progress; cancel until paid; then the payment slip.
 *
 * <p>Touches return at once: the platform, the scanner and the printer are called on {@code io}
 * (and the payment scheduler). The view changes on those threads; a screen moves it to its own.
 */
public final class PaymentJourney {

    /** How long the scanner waits for the phone's payment code. */
    public static final Duration CODE_WAIT = Duration.ofSeconds(60);
    private static final int NOTICE_DIGITS = 20;

    /** Prints a slip on the receipt printer; true when the printer reported it printed. Blocks; called on {@code io}. */
    @FunctionalInterface
    public interface SlipPrinter {
        boolean print(PaymentSlip slip);
    }

    private final PaymentPlatformClient platform;
    private final Checkout checkout;
    private final PaymentDelivery delivery;
    private final Optional<CodeScanner> scanner;
    private final SlipPrinter printer;
    private final Executor io;
    private final String hallName;
    private final String kioskId;
    private final Value<PaymentView> view;
    private final CompletableFuture<PaymentOutcome> outcome = new CompletableFuture<>();
    private volatile PaymentAttempt attempt;

    /**
     * @param availability the ways of paying offered now (no scanner: QR only)
     * @param scanner      the code scanner, when the kiosk has a usable one
     */
    public PaymentJourney(PaymentPlatformClient platform, Checkout checkout, PaymentDelivery delivery,
                          Optional<CodeScanner> scanner, SlipPrinter printer, Executor io,
                          PaymentAvailability availability, String hallName, String kioskId) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.io = Objects.requireNonNull(io, "io");
        this.hallName = hallName;
        this.kioskId = kioskId;
        this.view = new Value<>(PaymentView.start(scanner.isPresent() ? availability.ways()
                : PaymentAvailability.withoutScanner(availability).ways()));
    }

    public ReadOnlyValue<PaymentView> view() {
        return view;
    }

    /**
     * Completes when the payment ends: {@link PaymentOutcome.Paid} for a fee means the calling journey
     * may now deliver (through {@link PaymentDelivery}); a notice is settled and its slip printed here.
     */
    public CompletableFuture<PaymentOutcome> outcome() {
        return outcome;
    }

    /** One digit on the keypad (at most 20). */
    public void digit(int digit) {
        PaymentView now = view.get();
        if (now.step() == Step.ENTER_NOTICE && digit >= 0 && digit <= 9 && now.noticeDigits().length() < NOTICE_DIGITS) {
            view.set(now.withDigits(now.noticeDigits() + digit));
        }
    }

    /** Takes the last digit back. */
    public void erase() {
        PaymentView now = view.get();
        if (now.step() == Step.ENTER_NOTICE && !now.noticeDigits().isEmpty()) {
            view.set(now.withDigits(now.noticeDigits().substring(0, now.noticeDigits().length() - 1)));
        }
    }

    /** Looks the typed notice number up at the platform. */
    public void lookUp() {
        PaymentView now = view.get();
        if (now.step() != Step.ENTER_NOTICE || now.noticeDigits().length() != NOTICE_DIGITS) {
            return;
        }
        view.set(now.at(Step.LOOKING_UP));
        String number = now.noticeDigits();
        io.execute(() -> found(platform.notice(number)));
    }

    /** The notice's barcode or QR was shown to the scanner. */
    public void noticeScanned(String code) {
        PaymentView now = view.get();
        if (now.step() != Step.ENTER_NOTICE) {
            return;
        }
        String digits = code == null ? "" : code.strip();
        if (!digits.matches("[0-9]{20}")) {
            view.set(now.withProblem(Step.ENTER_NOTICE, "payment.notice.unreadable"));
            return;
        }
        view.set(now.withDigits(digits));
        lookUp();
    }

    /** A fee inside another journey: straight to the confirmation. */
    public void payFee(PayableItem fee) {
        if (fee.purpose() != PayableItem.Purpose.FEE) {
            throw new IllegalArgumentException("payFee takes a catalog fee");
        }
        view.set(view.get().withItem(fee));
    }

    /** Pays by the QR on screen. */
    public void payByQr() {
        PaymentView now = view.get();
        if (now.step() != Step.CONFIRM || now.item().isEmpty() || !now.ways().contains(PaymentChannel.QR)) {
            return;
        }
        follow(checkout.payByQr(now.item().get()));
    }

    /** Pays by the phone's payment code: the scanner waits for it. */
    public void payByCode() {
        PaymentView now = view.get();
        if (now.step() != Step.CONFIRM || now.item().isEmpty() || scanner.isEmpty()
                || !now.ways().contains(PaymentChannel.PAYMENT_CODE)) {
            return;
        }
        view.set(now.at(Step.SHOW_CODE));
        PayableItem item = now.item().get();
        scanner.get().readOne(CODE_WAIT).whenComplete((read, failure) -> io.execute(() -> codeRead(item, read)));
    }

    /** The citizen cancels: works until the platform says paid. */
    public void cancel() {
        PaymentView now = view.get();
        switch (now.step()) {
            case SHOW_CODE -> scanner.ifPresent(CodeScanner::cancelRead);
            case SHOW_QR, PAYING -> {
                PaymentAttempt running = attempt;
                if (running != null) {
                    running.cancel();
                }
            }
            case ENTER_NOTICE, CONFIRM, PROBLEM, LOOKING_UP -> {
                if (!outcome.isDone()) {
                    outcome.complete(new PaymentOutcome.NotPaid("", PaymentOutcome.NotPaidReason.CANCELLED));
                }
                view.set(now.withProblem(Step.NOT_PAID, "payment.cancelled"));
            }
            default -> {
                // paid or over
            }
        }
    }

    private void found(PlatformAnswer<PlatformContract.PayableNotice> answer) {
        PaymentView now = view.get();
        if (answer instanceof PlatformAnswer.Answered<PlatformContract.PayableNotice> notice) {
            if (notice.value().paid()) {
                view.set(now.withProblem(Step.PROBLEM, "payment.notice.paid"));
            } else {
                view.set(now.withItem(PayableItem.notice(notice.value())));
            }
        } else if (answer instanceof PlatformAnswer.Refused<PlatformContract.PayableNotice>) {
            view.set(now.withProblem(Step.PROBLEM, "payment.notice.unknown"));
        } else {
            view.set(now.withProblem(Step.PROBLEM, "payment.platform.unavailable"));
        }
    }

    private void codeRead(PayableItem item, CodeRead read) {
        PaymentView now = view.get();
        if (read instanceof CodeRead.Scanned scanned) {
            PaymentCode code;
            try {
                code = PaymentCode.of(scanned.code().text());
            } catch (IllegalArgumentException e) {
                view.set(now.withProblem(Step.CONFIRM, "payment.code.unreadable"));
                return;
            }
            follow(checkout.payByCode(item, code));
        } else if (read instanceof CodeRead.Failed) {
            view.set(now.withProblem(Step.CONFIRM, "payment.scanner.unavailable"));
        } else {
            // nothing shown, or the citizen cancelled: back to the choice
            view.set(now.withProblem(Step.CONFIRM, "payment.code.none"));
        }
    }

    private void follow(PaymentAttempt running) {
        attempt = running;
        view.set(view.get().withProgress(PaymentProgress.Stage.PREPARING));
        running.progress().subscribe(progress -> {
            if (progress.stage() == PaymentProgress.Stage.SHOW_QR && progress.qrContent().isPresent()) {
                view.set(view.get().showingQr(progress.qrContent().get()));
            } else if (progress.stage() != PaymentProgress.Stage.PAID
                    && progress.stage() != PaymentProgress.Stage.NOT_PAID) {
                view.set(view.get().withProgress(progress.stage()));
            }
        });
        running.outcome().thenAccept(result -> io.execute(() -> ended(result)));
    }

    private void ended(PaymentOutcome result) {
        if (result instanceof PaymentOutcome.Paid paid) {
            if (paid.order().purpose() == PayableItem.Purpose.NOTICE) {
                delivery.settle(paid);
                KioskOrder order = delivery.order(paid.order().orderNo());
                boolean printed = printer.print(slip(order, Optional.empty()));
                view.set(view.get().paidWith(order, printed));
            } else {
                view.set(view.get().paidWith(paid.order(), false));
            }
        } else {
            PaymentOutcome.NotPaid notPaid = (PaymentOutcome.NotPaid) result;
            view.set(view.get().withProblem(Step.NOT_PAID, "payment.notpaid." + notPaid.reason().name().toLowerCase()));
        }
        outcome.complete(result);
    }

    /** The slip of a paid order; {@code note} says what became of a fee whose service was not delivered. */
    public PaymentSlip slip(KioskOrder order, Optional<String> note) {
        return new PaymentSlip(hallName, kioskId, order.payee(), order.item(), order.amount(),
                order.paidAt().orElse(order.updatedAt()), order.orderNo(), order.noticeNumber(), order.receiptNumber(),
                order.receiptQr(), note);
    }
}
