package org.onetrip.kiosk.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the "缴费 / Pay" screen shows now. Never holds a payment code.
 *
 * @param noticeDigits the notice number typed so far
 * @param item         what is to be paid, once known
 * @param ways         the ways of paying offered now
 * @param qrContent    while {@link Step#SHOW_QR}: the QR for the payer's phone
 * @param progress     while paying: where the payment stands (shown and spoken)
 * @param problem      a message key when something went wrong (e.g. {@code payment.notice.unknown})
 * @param paid         once paid: the order as the ledger holds it
 * @param slipPrinted  once paid: whether the slip came out of the printer
 */
public record PaymentView(Step step, String noticeDigits, Optional<PayableItem> item, Set<PaymentChannel> ways,
                          Optional<String> qrContent, Optional<PaymentProgress.Stage> progress,
                          Optional<String> problem, Optional<KioskOrder> paid, Optional<Boolean> slipPrinted) {

    /** Where the journey stands. */
    public enum Step {
        /** Typing the notice number, or showing its barcode to the scanner. */
        ENTER_NOTICE,
        LOOKING_UP,
        /** Payee, item, amount and due date shown; the citizen chooses how to pay. */
        CONFIRM,
        /** The QR is on screen for the citizen's phone. */
        SHOW_QR,
        /** The citizen shows the phone's payment code to the scanner. */
        SHOW_CODE,
        /** The platform is asked; progress shows how it goes. */
        PAYING,
        /** Paid; the slip printed (or not, which the screen says). */
        PAID,
        /** Ended without payment; {@code problem} says why. */
        NOT_PAID,
        /** The notice cannot be paid here (unknown, paid already, the platform unreachable). */
        PROBLEM
    }

    public PaymentView {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(noticeDigits, "noticeDigits");
        ways = Set.copyOf(ways);
    }

    static PaymentView start(Set<PaymentChannel> ways) {
        return new PaymentView(Step.ENTER_NOTICE, "", Optional.empty(), ways, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether "cancel" is offered: until the platform says paid. */
    public boolean cancellable() {
        return step == Step.SHOW_QR || step == Step.SHOW_CODE || (step == Step.PAYING
                && progress.map(p -> p != PaymentProgress.Stage.PAID && p != PaymentProgress.Stage.CANCELLING)
                .orElse(true));
    }

    PaymentView at(Step next) {
        return new PaymentView(next, noticeDigits, item, ways, Optional.empty(), progress, Optional.empty(), paid,
                slipPrinted);
    }

    PaymentView withDigits(String digits) {
        return new PaymentView(step, digits, item, ways, qrContent, progress, problem, paid, slipPrinted);
    }

    PaymentView withItem(PayableItem payable) {
        return new PaymentView(Step.CONFIRM, noticeDigits, Optional.of(payable), ways, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    PaymentView showingQr(String qr) {
        return new PaymentView(Step.SHOW_QR, noticeDigits, item, ways, Optional.of(qr),
                Optional.of(PaymentProgress.Stage.SHOW_QR), Optional.empty(), paid, slipPrinted);
    }

    PaymentView withProgress(PaymentProgress.Stage stage) {
        Step next = stage == PaymentProgress.Stage.SHOW_QR ? Step.SHOW_QR : Step.PAYING;
        return new PaymentView(next, noticeDigits, item, ways, next == Step.SHOW_QR ? qrContent : Optional.empty(),
                Optional.of(stage), Optional.empty(), paid, slipPrinted);
    }

    PaymentView withProblem(Step next, String key) {
        return new PaymentView(next, noticeDigits, item, ways, Optional.empty(), progress, Optional.of(key), paid,
                slipPrinted);
    }

    PaymentView paidWith(KioskOrder order, boolean printed) {
        return new PaymentView(Step.PAID, noticeDigits, item, ways, Optional.empty(),
                Optional.of(PaymentProgress.Stage.PAID), Optional.empty(), Optional.of(order), Optional.of(printed));
    }
}
