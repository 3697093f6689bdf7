package org.onetrip.kiosk.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onetrip.kiosk.payment.PaymentOutcome.NotPaidReason;
import org.onetrip.kiosk.payment.PaymentProgress.Stage;
import org.onetrip.kiosk.payment.PlatformContract.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one payment at the kiosk, by on-screen QR or by the payer's payment code, as the
 * platform's rules say ({@link PaymentRules}): the order is written to the {@link PaymentLedger}
 * before the platform hears of it; a waiting order is queried every few seconds; an on-screen QR
 * is closed when its time runs out; a payment code whose result stays unknown is cancelled, the
 * cancel repeated until the platform answers (the {@link PaymentWorker} carries on when the
 * citizen's screen stops waiting). Cancel works until the platform says paid.
 *
 * <p>Every call to the platform runs on the {@link PaymentScheduler}; the methods here return at
 * once, and the attempt's progress and outcome tell the screen what happened.
 */
public final class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);
    private static final Set<OrderState> OPEN = Set.of(OrderState.CREATED, OrderState.AWAITING_PAYMENT);

    private final PaymentLedger ledger;
    private final PaymentPlatformClient platform;
    private final PaymentRules rules;
    private final PaymentScheduler scheduler;
    private final OrderHolds holds;
    private final Clock clock;

    public Checkout(PaymentLedger ledger, PaymentPlatformClient platform, PaymentRules rules,
                    PaymentScheduler scheduler, OrderHolds holds, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Makes an order for {@code item} and shows its QR for the payer's phone. */
    public PaymentAttempt payByQr(PayableItem item) {
        return start(PaymentChannel.QR, item, Optional.empty());
    }

    /** Makes an order for {@code item} and pays it with the code the scanner read from the payer's phone. */
    public PaymentAttempt payByCode(PayableItem item, PaymentCode code) {
        return start(PaymentChannel.PAYMENT_CODE, item, Optional.of(code));
    }

    private PaymentAttempt start(PaymentChannel channel, PayableItem item, Optional<PaymentCode> code) {
        Run run = new Run(channel, item, code);
        scheduler.after(Duration.ZERO, run.guarded(run::create));
        return run.attempt;
    }

    /** One payment under way; all its steps run on the scheduler, one at a time. */
    private final class Run {
        private final PaymentChannel channel;
        private final PayableItem item;
        private Optional<PaymentCode> code;
        private final PaymentAttempt attempt;
        private final Instant started = clock.instant();
        private KioskOrder order;
        private NotPaidReason endReason;
        private int cancelTries;

        Run(PaymentChannel channel, PayableItem item, Optional<PaymentCode> code) {
            this.channel = channel;
            this.item = item;
            this.code = code;
            this.attempt = new PaymentAttempt(() -> scheduler.after(Duration.ZERO, guarded(this::citizenCancels)));
        }

        /**
         * {@code step}, ending the attempt should it throw (the ledger's disk failing): a screen never
         * waits for an attempt that can no longer end; what the ledger holds, the worker finishes.
         */
        Runnable guarded(Runnable step) {
            return () -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    log.error("payment order {}: a step failed; the attempt ends unpaid", order == null ? "-"
                            : order.orderNo(), e);
                    if (order != null) {
                        holds.release(order.orderNo());
                    }
                    attempt.progress(PaymentProgress.of(Stage.NOT_PAID));
                    attempt.finish(new PaymentOutcome.NotPaid(order == null ? "" : order.orderNo(),
                            NotPaidReason.PLATFORM_UNAVAILABLE));
                }
            };
        }

        void create() {
            if (attempt.isOver()) {
                return;
            }
            if (order == null) {
                Duration life = channel == PaymentChannel.QR ? rules.qrLifetime() : rules.codeResultWait();
                order = ledger.record(channel, item, clock.instant().plus(rules.createWithin()).plus(life));
                holds.hold(order.orderNo());
                attempt.begin(order.orderNo());
            }
            if (attempt.cancelAsked()) {
                cancelling(NotPaidReason.CANCELLED);
                return;
            }
            PlatformAnswer<Order> answer = platform.createOrder(order.orderNo(), new PlatformContract.NewOrder(
                    channel.name(), item.amountFen(), item.payeeCode(), item.itemCode(), subject(item),
                    item.noticeNumber().orElse(null), (int) rules.qrLifetime().toSeconds()));
            if (answer instanceof PlatformAnswer.Answered<Order> made) {
                    if (channel == PaymentChannel.QR) {
                        ledger.awaiting(order.orderNo(), clock.instant().plus(rules.qrLifetime()));
                        attempt.progress(new PaymentProgress(Stage.SHOW_QR,
                                Optional.ofNullable(made.value().qrContent())));
                        scheduler.after(rules.pollEvery(), guarded(this::poll));
                    } else {
                        ledger.awaiting(order.orderNo(), clock.instant().plus(rules.codeResultWait()));
                        pay();
                    }
            } else if (answer instanceof PlatformAnswer.Refused<Order> refused) {
                    ledger.move(order.orderNo(), OPEN, OrderState.CLOSED, "refused: " + refused.code());
                    end(refused.code().equals("NOTICE_PAID") ? NotPaidReason.ALREADY_PAID
                            : NotPaidReason.PLATFORM_UNAVAILABLE);
            } else if (answer instanceof PlatformAnswer.Unanswered<Order> unanswered) {
                    if (clock.instant().isBefore(started.plus(rules.createWithin()))) {
                        scheduler.after(rules.retryEvery(), guarded(this::create));
                    } else {
                        // the platform may have made it: the worker closes it
                        ledger.move(order.orderNo(), OPEN, OrderState.CANCELLING, "not created: "
                                + unanswered.reason());
                        code = Optional.empty();
                        end(NotPaidReason.PLATFORM_UNAVAILABLE);
                    }
            }
        }

        void pay() {
            PaymentCode payerCode = code.orElseThrow();
            code = Optional.empty();
            ledger.codeSent(order.orderNo(), payerCode, clock.instant().plus(rules.codeResultWait()));
            attempt.progress(PaymentProgress.of(Stage.WAITING_FOR_PAYER));
            PlatformAnswer<Order> answer = platform.payByCode(order.orderNo(), payerCode);
            if (answer instanceof PlatformAnswer.Answered<Order> answered) {
                after(answered.value(), NotPaidReason.UNCONFIRMED);
            } else if (answer instanceof PlatformAnswer.Refused<Order> refused) {
                if (refused.code().equals("ORDER_CLOSED")) {
                    ledger.move(order.orderNo(), OPEN, OrderState.CLOSED, "closed before the payment");
                    end(NotPaidReason.CANCELLED);
                } else {
                    cancelling(NotPaidReason.DECLINED);
                }
            } else {
                attempt.progress(PaymentProgress.of(Stage.CHECKING));
                scheduler.after(rules.pollEvery(), guarded(this::poll));
            }
        }

        void poll() {
            if (attempt.isOver() || endReason != null) {
                return;
            }
            if (attempt.cancelAsked()) {
                cancelling(NotPaidReason.CANCELLED);
                return;
            }
            PlatformAnswer<Order> answer = platform.query(order.orderNo());
            NotPaidReason onDeadline = channel == PaymentChannel.QR ? NotPaidReason.QR_EXPIRED
                    : NotPaidReason.UNCONFIRMED;
            if (answer instanceof PlatformAnswer.Answered<Order> answered) {
                after(answered.value(), onDeadline);
            } else {
                waitOrGiveUp(onDeadline);
            }
        }

        /** Acts on the order as the platform answered it. */
        private void after(Order platformOrder, NotPaidReason onDeadline) {
            switch (platformOrder.state()) {
                case "PAID" -> paid(platformOrder);
                case "CLOSED" -> {
                    ledger.move(order.orderNo(), Set.of(OrderState.CREATED, OrderState.AWAITING_PAYMENT,
                            OrderState.CANCELLING), OrderState.CLOSED, "closed at the platform");
                    end(endReason != null ? endReason : onDeadline);
                }
                case "REFUNDED" -> {
                    ledger.paid(order.orderNo(), paidAt(platformOrder), Optional.ofNullable(platformOrder.eReceipt()));
                    ledger.move(order.orderNo(), Set.of(OrderState.PAID), OrderState.REFUNDED,
                            "paid, and refunded by the cancel");
                    end(NotPaidReason.REFUNDED_ON_CANCEL);
                }
                default -> {
                    if (platformOrder.state().equals("USERPAYING")) {
                        attempt.progress(PaymentProgress.of(Stage.WAITING_FOR_PAYER));
                    }
                    waitOrGiveUp(onDeadline);
                }
            }
        }

        private void waitOrGiveUp(NotPaidReason onDeadline) {
            KioskOrder now = ledger.find(order.orderNo()).orElseThrow();
            if (!clock.instant().isBefore(now.deadline())) {
                log.info("payment order {}: no payment by its deadline; {}", order.orderNo(),
                        channel == PaymentChannel.QR ? "closing it" : "cancelling it");
                cancelling(onDeadline);
            } else {
                scheduler.after(rules.pollEvery(), guarded(this::poll));
            }
        }

        void citizenCancels() {
            if (attempt.isOver() || order == null || endReason != null) {
                return; // before the order exists, create() sees the request
            }
            cancelling(NotPaidReason.CANCELLED);
        }

        /** Closes (QR) or cancels (payment code) until the platform answers. */
        void cancelling(NotPaidReason reason) {
            if (attempt.isOver()) {
                return;
            }
            if (endReason == null) {
                endReason = reason;
                ledger.move(order.orderNo(), OPEN, OrderState.CANCELLING, reason.name().toLowerCase());
                attempt.progress(PaymentProgress.of(Stage.CANCELLING));
            }
            if (channel == PaymentChannel.PAYMENT_CODE && cancelTries == 0
                    && platform.query(order.orderNo()) instanceof PlatformAnswer.Answered<Order> seen
                    && seen.value().isPaid()) {
                paid(seen.value()); // paid before the cancel: deliver it
                return;
            }
            cancelTries++;
            PlatformAnswer<Order> answer = channel == PaymentChannel.QR ? platform.close(order.orderNo())
                    : platform.cancel(order.orderNo());
            if (answer instanceof PlatformAnswer.Answered<Order> answered) {
                after(answered.value(), reason);
            } else if (answer instanceof PlatformAnswer.Refused<Order> refused && refused.code().equals("ORDER_PAID")) {
                if (platform.query(order.orderNo()) instanceof PlatformAnswer.Answered<Order> seen) {
                    paid(seen.value());
                } else {
                    paidWithoutDetails();
                }
            } else if (answer instanceof PlatformAnswer.Refused<Order> refused) {
                // UNKNOWN_ORDER: the platform never had it
                ledger.move(order.orderNo(), Set.of(OrderState.CANCELLING), OrderState.CLOSED,
                        "refused " + refused.code() + " on close");
                end(reason);
            } else if (answer instanceof PlatformAnswer.Unanswered<Order> unanswered) {
                    ledger.attempted(order.orderNo(), "cancel unanswered: " + unanswered.reason());
                    if (cancelTries >= rules.cancelTries()) {
                        log.info("payment order {}: cancel still unanswered; the payment worker carries on",
                                order.orderNo());
                        end(reason);
                    } else {
                        scheduler.after(rules.retryEvery(), guarded(() -> cancelling(reason)));
                    }
            }
        }

        private void paid(Order platformOrder) {
            ledger.paid(order.orderNo(), paidAt(platformOrder), Optional.ofNullable(platformOrder.eReceipt()));
            KioskOrder paid = ledger.find(order.orderNo()).orElseThrow();
            if (paid.state() != OrderState.PAID) {
                end(NotPaidReason.CANCELLED);
                return;
            }
            log.info("payment order {} paid ({})", order.orderNo(), paid.amount());
            // the hold stays: the session now delivers, and PaymentDelivery releases it
            attempt.progress(PaymentProgress.of(Stage.PAID));
            attempt.finish(new PaymentOutcome.Paid(paid));
        }

        private void paidWithoutDetails() {
            ledger.paid(order.orderNo(), clock.instant(), Optional.empty());
            attempt.progress(PaymentProgress.of(Stage.PAID));
            attempt.finish(new PaymentOutcome.Paid(ledger.find(order.orderNo()).orElseThrow()));
        }

        private void end(NotPaidReason reason) {
            if (order != null) {
                holds.release(order.orderNo());
            }
            attempt.progress(PaymentProgress.of(Stage.NOT_PAID));
            attempt.finish(new PaymentOutcome.NotPaid(order == null ? "" : order.orderNo(), reason));
        }

        private Instant paidAt(Order platformOrder) {
            return platformOrder.paidAt() == null ? clock.instant() : Instant.parse(platformOrder.paidAt());
        }
    }

    private static String subject(PayableItem item) {
        String subject = item.item();
        return subject.length() > 64 ? subject.substring(0, 64) : subject;
    }
}
