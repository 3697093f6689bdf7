package org.onetrip.kiosk.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onetrip.kiosk.payment.PlatformContract.Notification;
import org.onetrip.kiosk.payment.PlatformContract.Notifications;
import org.onetrip.kiosk.payment.PlatformContract.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes every order no citizen's session is handling: what a crash, a power cut, a network cut
 * or an abandoned session left open ends paid and delivered, refunded, or closed.
 * <ul>
 *   <li>not yet paid (its session is gone): queried, then closed (QR) or cancelled (payment code);</li>
 *   <li>closing or cancelling: asked again until the platform answers;</li>
 *   <li>paid, not delivered: a notice is settled by the payment itself (delivered); a fee whose
 *       service was not delivered is refunded;</li>
 *   <li>refunding: asked again, under the same refund number, until the platform refunds;</li>
 *   <li>a payment the platform notifies for an order the kiosk closed (paid after close) is refunded.</li>
 * </ul>
 * Notifications may come twice: acting on one is idempotent. Each {@link #finishOpen()} pass ends
 * within the calls it makes (each bounded by the call time-out); the composition root runs it on
 * start and then every few seconds, on the payment scheduler.
 */
public final class PaymentWorker {

    private static final Logger log = LoggerFactory.getLogger(PaymentWorker.class);

    private final PaymentLedger ledger;
    private final PaymentPlatformClient platform;
    private final PaymentRules rules;
    private final OrderHolds holds;
    private final Clock clock;

    public PaymentWorker(PaymentLedger ledger, PaymentPlatformClient platform, PaymentRules rules, OrderHolds holds,
                         Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One pass over the notifications and every unfinished order not held by a session. */
    public void finishOpen() {
        readNotifications();
        for (KioskOrder order : ledger.unfinished()) {
            if (holds.isHeld(order.orderNo(), rules.holdLimit())) {
                continue;
            }
            finish(order);
        }
    }

    /** Whether every order is finished (nothing for the worker to do). */
    public boolean allFinished() {
        return ledger.unfinished().isEmpty();
    }

    private void finish(KioskOrder order) {
        switch (order.state()) {
            case CREATED -> cancel(order, move(order, Set.of(OrderState.CREATED), OrderState.CANCELLING,
                    "left unconfirmed; cancelling"));
            case AWAITING_PAYMENT -> awaiting(order);
            case CANCELLING -> cancel(order, true);
            case PAID -> undelivered(order);
            case REFUNDING -> refund(order);
            default -> {
                // finished
            }
        }
    }

    private void awaiting(KioskOrder order) {
        PlatformAnswer<Order> answer = platform.query(order.orderNo());
        if (answer instanceof PlatformAnswer.Answered<Order> answered) {
            if (settled(order, answered.value())) {
                return;
            }
        }
        // no session holds it: the citizen who would pay it is gone (a crash, an abandoned screen)
        cancel(order, move(order, Set.of(OrderState.AWAITING_PAYMENT), OrderState.CANCELLING,
                "abandoned unpaid; cancelling"));
    }

    /** Acts on a platform answer that ends the wait; false while the payer may still pay. */
    private boolean settled(KioskOrder order, Order platformOrder) {
        switch (platformOrder.state()) {
            case "PAID" -> {
                ledger.paid(order.orderNo(), paidAt(platformOrder), Optional.ofNullable(platformOrder.eReceipt()));
                ledger.find(order.orderNo()).ifPresent(this::undelivered);
                return true;
            }
            case "CLOSED" -> {
                move(order, Set.of(OrderState.CREATED, OrderState.AWAITING_PAYMENT, OrderState.CANCELLING),
                        OrderState.CLOSED, "closed at the platform");
                return true;
            }
            case "REFUNDED" -> {
                ledger.paid(order.orderNo(), paidAt(platformOrder), Optional.ofNullable(platformOrder.eReceipt()));
                move(order, Set.of(OrderState.PAID, OrderState.REFUNDING), OrderState.REFUNDED, "refunded at the platform");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void cancel(KioskOrder order, boolean moved) {
        if (!moved) {
            return;
        }
        PlatformAnswer<Order> answer = order.channel() == PaymentChannel.QR ? platform.close(order.orderNo())
                : platform.cancel(order.orderNo());
        if (answer instanceof PlatformAnswer.Answered<Order> answered) {
            settled(order, answered.value());
        } else if (answer instanceof PlatformAnswer.Refused<Order> refused) {
            if (refused.code().equals("ORDER_PAID")) {
                PlatformAnswer<Order> seen = platform.query(order.orderNo());
                if (seen instanceof PlatformAnswer.Answered<Order> found) {
                    settled(order, found.value());
                }
            } else if (refused.code().equals("UNKNOWN_ORDER")) {
                move(order, Set.of(OrderState.CANCELLING), OrderState.CLOSED, "never reached the platform");
            } else {
                ledger.attempted(order.orderNo(), "cancel refused: " + refused.code());
            }
        } else {
            ledger.attempted(order.orderNo(), "cancel unanswered: " + ((PlatformAnswer.Unanswered<Order>) answer).reason());
        }
    }

    private void undelivered(KioskOrder order) {
        if (order.state() != OrderState.PAID) {
            return;
        }
        if (order.purpose() == PayableItem.Purpose.NOTICE) {
            // the payment itself settles the notice; only the slip was not printed
            move(order, Set.of(OrderState.PAID), OrderState.DELIVERED, "notice settled; slip not printed");
            return;
        }
        if (move(order, Set.of(OrderState.PAID), OrderState.REFUNDING, "paid, service not delivered; refunding")) {
            refund(ledger.find(order.orderNo()).orElseThrow());
        }
    }

    private void refund(KioskOrder order) {
        PlatformAnswer<PlatformContract.Refund> answer = platform.refund(order.orderNo(), order.refundNo(),
                new PlatformContract.RefundRequest(order.amountFen(), "not delivered"));
        if (answer instanceof PlatformAnswer.Answered<PlatformContract.Refund>) {
            move(order, Set.of(OrderState.REFUNDING), OrderState.REFUNDED, "refunded");
            log.info("payment order {}: refunded {}", order.orderNo(), order.amount());
        } else if (answer instanceof PlatformAnswer.Refused<PlatformContract.Refund> refused) {
            if (refused.detail("reason").equals("NOT_PAID") || refused.detail("reason").equals("EXCEEDS_PAID")) {
                // already refunded (a cancel), or never paid: the platform's order says which
                PlatformAnswer<Order> seen = platform.query(order.orderNo());
                if (seen instanceof PlatformAnswer.Answered<Order> found && found.value().refundedFen() > 0) {
                    move(order, Set.of(OrderState.REFUNDING), OrderState.REFUNDED, "refunded at the platform");
                    return;
                }
            }
            ledger.attempted(order.orderNo(), "refund refused: " + refused.code() + " " + refused.detail("reason"));
            log.warn("payment order {}: refund refused ({} {}); tried again later", order.orderNo(), refused.code(),
                    refused.detail("reason"));
        } else {
            ledger.attempted(order.orderNo(), "refund unanswered");
        }
    }

    private void readNotifications() {
        long after = ledger.lastNotification();
        PlatformAnswer<Notifications> answer = platform.notifications(after);
        if (!(answer instanceof PlatformAnswer.Answered<Notifications> page)) {
            return;
        }
        for (Notification notification : page.value().notifications()) {
            Optional<KioskOrder> order = ledger.find(notification.orderNo());
            if (order.isEmpty() || !notification.event().equals("PAID")) {
                continue;
            }
            KioskOrder found = order.get();
            if (found.state() == OrderState.CLOSED) {
                // paid after the kiosk closed it: the money goes back
                log.info("payment order {}: paid after it was closed; refunding", found.orderNo());
                move(found, Set.of(OrderState.CLOSED), OrderState.REFUNDING, "paid after close; refunding");
            }
        }
        ledger.notificationsSeen(page.value().last());
    }

    private boolean move(KioskOrder order, Set<OrderState> from, OrderState to, String note) {
        return ledger.move(order.orderNo(), from, to, note);
    }

    private Instant paidAt(Order platformOrder) {
        return platformOrder.paidAt() == null ? clock.instant() : Instant.parse(platformOrder.paidAt());
    }
}
