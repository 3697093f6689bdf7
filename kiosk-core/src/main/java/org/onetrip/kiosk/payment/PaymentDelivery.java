package org.onetrip.kiosk.payment;

import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what was paid for, and only what was paid for: nothing is printed or issued unless
 * the ledger holds the order {@link OrderState#PAID} (the platform confirmed it). When a paid
 * certificate then fails to print, the payment is refunded at once or, as the citizen chooses,
 * kept as credit for a reprint. Blocks on the printer and the platform; never call from a UI thread.
 */
public final class PaymentDelivery {

    private static final Logger log = LoggerFactory.getLogger(PaymentDelivery.class);

    /** What the citizen chose should happen if the print fails. */
    public enum IfNotDelivered {
        REFUND,
        KEEP_AS_CREDIT
    }

    private final PaymentLedger ledger;
    private final PaymentPlatformClient platform;
    private final OrderHolds holds;

    public PaymentDelivery(PaymentLedger ledger, PaymentPlatformClient platform, OrderHolds holds) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.holds = Objects.requireNonNull(holds, "holds");
    }

    /**
     * Delivers a paid order: runs {@code deliver} (true when the printer reported the job done)
     * and records what came of it.
     *
     * @throws IllegalStateException when the order is not paid: then {@code deliver} never runs
     */
    public DeliveryOutcome deliver(PaymentOutcome.Paid paid, BooleanSupplier deliver, IfNotDelivered ifNot) {
        String orderNo = paid.order().orderNo();
        KioskOrder order = ledger.find(orderNo).orElseThrow(() -> new IllegalStateException("no order " + orderNo));
        if (order.state() != OrderState.PAID) {
            throw new IllegalStateException("order " + orderNo + " is " + order.state() + ", not paid: nothing is delivered");
        }
        try {
            boolean delivered = deliver.getAsBoolean();
            if (delivered) {
                ledger.move(orderNo, Set.of(OrderState.PAID), OrderState.DELIVERED, "delivered");
                return new DeliveryOutcome.Delivered(current(orderNo));
            }
            log.info("payment order {}: paid, not delivered; {}", orderNo, ifNot == IfNotDelivered.REFUND
                    ? "refunding" : "kept as credit");
            if (ifNot == IfNotDelivered.KEEP_AS_CREDIT) {
                ledger.move(orderNo, Set.of(OrderState.PAID), OrderState.CREDIT, "not printed; kept as credit");
                return new DeliveryOutcome.KeptAsCredit(current(orderNo));
            }
            ledger.move(orderNo, Set.of(OrderState.PAID), OrderState.REFUNDING, "not printed; refunding");
            PlatformAnswer<PlatformContract.Refund> refund = platform.refund(orderNo, order.refundNo(),
                    new PlatformContract.RefundRequest(order.amountFen(), "not delivered"));
            if (refund instanceof PlatformAnswer.Answered<PlatformContract.Refund>) {
                ledger.move(orderNo, Set.of(OrderState.REFUNDING), OrderState.REFUNDED, "not printed; refunded");
                return new DeliveryOutcome.Refunded(current(orderNo));
            }
            ledger.attempted(orderNo, "refund not made yet; the payment worker asks again");
            return new DeliveryOutcome.RefundPending(current(orderNo));
        } finally {
            holds.release(orderNo);
        }
    }

    /** A paid notice: the payment settles it (the slip is printed after, whatever becomes of it). */
    public DeliveryOutcome settle(PaymentOutcome.Paid paid) {
        return deliver(paid, () -> true, IfNotDelivered.REFUND);
    }

    /**
     * Reprints against a credit: {@code deliver} runs only for an order kept as credit.
     *
     * @return delivered, or still kept as credit when the print failed again
     * @throws IllegalStateException when {@code orderNo} holds no credit
     */
    public DeliveryOutcome redeemCredit(String orderNo, BooleanSupplier deliver) {
        KioskOrder order = ledger.find(orderNo).orElseThrow(() -> new IllegalStateException("no order " + orderNo));
        if (order.state() != OrderState.CREDIT) {
            throw new IllegalStateException("order " + orderNo + " holds no credit");
        }
        if (deliver.getAsBoolean()) {
            ledger.move(orderNo, Set.of(OrderState.CREDIT), OrderState.DELIVERED, "reprinted against credit");
            return new DeliveryOutcome.Delivered(current(orderNo));
        }
        return new DeliveryOutcome.KeptAsCredit(current(orderNo));
    }

    /** The order as the ledger holds it now. */
    public KioskOrder order(String orderNo) {
        return current(orderNo);
    }

    private KioskOrder current(String orderNo) {
        return ledger.find(orderNo).orElseThrow();
    }
}
