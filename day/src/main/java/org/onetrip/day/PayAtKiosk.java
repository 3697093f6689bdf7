package org.onetrip.day;

import java.time.Duration;
import org.onetrip.backend.payment.NoticeBook;
import org.onetrip.backend.payment.PaymentFault;
import org.onetrip.kiosk.payment.DeliveryOutcome;
import org.onetrip.kiosk.payment.KioskOrder;
import org.onetrip.kiosk.payment.OrderState;
import org.onetrip.kiosk.payment.PaymentDelivery.IfNotDelivered;
import org.onetrip.kiosk.payment.PaymentJourney;
import org.onetrip.kiosk.payment.PaymentOutcome;
import org.onetrip.kiosk.payment.PaymentView;

/**
 * A citizen pays at the kiosk, one of four ways the day draws: a fine paid (by the on-screen QR or
 * the phone's payment code at the scanner), a payment cancelled on screen, a payment code whose
 * result stays unknown until the kiosk cancels it, and a certificate fee paid and refunded when
 * the certificate does not print. With the platform reachable and well, each must end exactly so;
 * whatever the platform does, nothing may print for an unpaid order and every attempt must end.
 */
final class PayAtKiosk implements Step {

    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final Duration SCANNER_WAIT = Duration.ofSeconds(20);
    private static final String[] NOTICES = {NoticeBook.TRAFFIC_FINE, NoticeBook.TUITION, NoticeBook.DEED_TAX,
            NoticeBook.LATE_REGISTRATION_FINE};
    private static final String PAYMENT_CODE = "134567890123456789";

    private final boolean platformWell;
    private DayPayments payments;

    /** @param platformWell whether the day's backend runs without injected faults (online) */
    PayAtKiosk(boolean platformWell) {
        this.platformWell = platformWell;
    }

    @Override
    public String name() {
        return "pay";
    }

    @Override
    public void take(Turn turn) throws Stuck {
        payments = turn.kiosk.payments();
        boolean up = turn.kiosk.backend().isUp();
        boolean exact = platformWell && up;
        switch (turn.random.nextInt(4)) {
            case 0 -> paid(turn, exact);
            case 1 -> cancelled(turn, exact);
            case 2 -> unknownThenCancelled(turn, exact);
            default -> refunded(turn, exact);
        }
    }

    private void paid(Turn turn, boolean exact) throws Stuck {
        PaymentJourney journey = payments.journey(true);
        journey.payFee(DayPayments.CERTIFICATE_FEE);
        boolean byQr = turn.random.nextBoolean();
        if (byQr) {
            journey.payByQr();
            payments.time.advanceUntil(() -> journey.view().get().step() != PaymentView.Step.PAYING, BOUND);
            journey.view().get().qrContent().ifPresent(qr -> turn.kiosk.backend().paymentPlatform().payerScans(qr));
        } else {
            showCode();
            journey.payByCode();
            scanned(journey);
        }
        PaymentOutcome outcome = end(turn, journey);
        if (outcome instanceof PaymentOutcome.Paid paid) {
            DeliveryOutcome delivered = payments.delivery.deliver(paid, () -> true, IfNotDelivered.REFUND);
            expect(turn, exact, delivered instanceof DeliveryOutcome.Delivered, "a fee paid " + (byQr ? "by QR"
                    : "by payment code") + " was not delivered: " + delivered);
        } else {
            expect(turn, exact, false, "a fee paid " + (byQr ? "by QR" : "by payment code") + " ended " + outcome);
        }
    }

    private void cancelled(Turn turn, boolean exact) throws Stuck {
        PaymentJourney journey = payments.journey(true);
        journey.noticeScanned(NOTICES[turn.random.nextInt(NOTICES.length)]);
        if (journey.view().get().step() != PaymentView.Step.CONFIRM) {
            // the platform not reachable: said on screen, nothing to pay
            expect(turn, exact, false, "the notice was not shown: " + journey.view().get().problem());
            return;
        }
        journey.payByQr();
        payments.time.advanceUntil(() -> journey.view().get().step() != PaymentView.Step.PAYING, Duration.ofSeconds(30));
        journey.cancel();
        PaymentOutcome outcome = end(turn, journey);
        expect(turn, exact, outcome instanceof PaymentOutcome.NotPaid notPaid
                        && notPaid.reason() == PaymentOutcome.NotPaidReason.CANCELLED,
                "a payment cancelled on screen ended " + outcome);
    }

    private void unknownThenCancelled(Turn turn, boolean exact) throws Stuck {
        turn.kiosk.backend().paymentFaults().switchOn(PaymentFault.PAYER_NEVER_CONFIRMS);
        try {
            PaymentJourney journey = payments.journey(true);
            journey.payFee(DayPayments.CERTIFICATE_FEE);
            showCode();
            journey.payByCode();
            scanned(journey);
            PaymentOutcome outcome = end(turn, journey);
            expect(turn, exact, outcome instanceof PaymentOutcome.NotPaid notPaid
                            && notPaid.reason() == PaymentOutcome.NotPaidReason.UNCONFIRMED,
                    "a payment code left unconfirmed ended " + outcome);
        } finally {
            turn.kiosk.backend().paymentFaults().switchOff(PaymentFault.PAYER_NEVER_CONFIRMS);
        }
    }

    private void refunded(Turn turn, boolean exact) throws Stuck {
        PaymentJourney journey = payments.journey(true);
        journey.payFee(DayPayments.CERTIFICATE_FEE);
        showCode();
        journey.payByCode();
        scanned(journey);
        PaymentOutcome outcome = end(turn, journey);
        if (!(outcome instanceof PaymentOutcome.Paid paid)) {
            expect(turn, exact, false, "a fee paid by payment code ended " + outcome);
            return;
        }
        // the certificate does not print: the fee goes back
        DeliveryOutcome delivered = payments.delivery.deliver(paid, () -> false, IfNotDelivered.REFUND);
        KioskOrder order = delivered.order();
        expect(turn, exact, delivered instanceof DeliveryOutcome.Refunded && order.state() == OrderState.REFUNDED,
                "a fee whose certificate did not print was not refunded: " + delivered);
    }

    private void showCode() throws Stuck {
        try {
            payments.scannerSimulator.present(PAYMENT_CODE);
        } catch (java.io.IOException e) {
            throw new Stuck("the code scanner's line went away: " + e.getMessage());
        }
    }

    /** Waits (real time: the scanner's serial line) until the scanner has read the phone's code. */
    private static void scanned(PaymentJourney journey) throws Stuck {
        long end = System.nanoTime() + SCANNER_WAIT.toNanos();
        while (journey.view().get().step() == PaymentView.Step.SHOW_CODE) {
            if (System.nanoTime() - end > 0) {
                throw new Stuck("the scanner to read the phone's payment code within " + SCANNER_WAIT);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** Steps the payments' time until the journey ends; a slip for an unpaid order is a violation. */
    private PaymentOutcome end(Turn turn, PaymentJourney journey) throws Stuck {
        if (!payments.time.advanceUntil(journey.outcome()::isDone, BOUND)) {
            throw new Stuck("a payment did not end within " + BOUND + " of the platform's rules: "
                    + journey.view().get().step());
        }
        PaymentOutcome outcome = journey.outcome().join();
        if (outcome instanceof PaymentOutcome.NotPaid notPaid && !notPaid.orderNo().isEmpty()) {
            synchronized (payments.slipsPrinted) {
                if (payments.slipsPrinted.contains(notPaid.orderNo())) {
                    turn.broken("a payment slip printed for order " + notPaid.orderNo() + ", which was not paid");
                }
            }
        }
        return outcome;
    }

    private static void expect(Turn turn, boolean exact, boolean held, String otherwise) {
        if (exact && !held) {
            turn.broken(otherwise);
        }
    }
}
