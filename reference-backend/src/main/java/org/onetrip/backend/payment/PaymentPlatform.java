package org.onetrip.backend.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.payment.PlatformOrder.PlatformRefund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference public payment platform ({@code docs/api/payment-platform.yaml}): orders created
 * under the kiosk's own order number, paid by the payer scanning the on-screen QR ({@link
 * #payerScans}) or by the kiosk scanning the payer's payment code ({@link #pay}), queried, closed,
 * cancelled, refunded, notified, and listed in a daily statement; fiscal e-receipts for non-tax
 * items. With {@link PaymentFaults} it misbehaves as real platforms do.
 *
 * <p>Payment codes are never kept or logged in full: the first 4 and last 4 digits at most.
 * Thread-safe: every change is serialised on this object; a held-back answer
 * ({@link PaymentFault#TIME_OUT}) waits outside the lock.
 */
public final class PaymentPlatform implements AutoCloseable {

    /** Every payment platform path starts with this. */
    public static final String API_BASE = "/pay/v1";

    private static final Logger log = LoggerFactory.getLogger(PaymentPlatform.class);
    private static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(5);
    private static final int MOST_NOTIFICATIONS = 100;

    /** A new order (schema {@code NewOrder}). */
    public record NewOrder(String channel, Long amountFen, String payeeCode, String itemCode, String subject,
                           String noticeNumber, Integer expiresInSeconds) {
    }

    /** The fiscal e-receipt (财政电子票据) of a paid non-tax item (schema {@code EReceipt}). */
    public record EReceipt(String number, String verifyQr) {
    }

    /** An order as the platform answers it (schema {@code Order}). */
    public record OrderView(String orderNo, String platformOrderId, String channel, String state, long amountFen,
                            String payeeCode, String itemCode, String subject, String noticeNumber, String qrContent,
                            String createdAt, String expiresAt, String paidAt, long refundedFen, EReceipt eReceipt) {
    }

    /** A payment by the payer's payment code (schema {@code CodePayment}). */
    public record CodePayment(String paymentCode) {
    }

    /** A refund request (schema {@code RefundRequest}). */
    public record RefundRequest(Long amountFen, String reason) {
    }

    /** A refund as answered (schema {@code Refund}). */
    public record RefundView(String refundNo, String orderNo, long amountFen, String state, String refundedAt) {
    }

    /** A payable item found by notice number (schema {@code PayableNotice}). */
    public record NoticeView(String noticeNumber, String payee, String payeeCode, String item, String itemCode,
                             long amountFen, String dueDate, boolean paid) {
    }

    /** One notification (schema {@code Notification}). */
    public record NotificationView(long seq, String orderNo, String event, String at) {
    }

    /** A page of notifications (schema {@code Notifications}). */
    public record Notifications(List<NotificationView> notifications, long last) {
    }

    /** One refund in the statement (schema {@code StatementRefund}). */
    public record StatementRefund(String refundNo, long amountFen, String refundedAt) {
    }

    /** One order in the statement (schema {@code StatementLine}). */
    public record StatementLine(String orderNo, String platformOrderId, String channel, String state, long amountFen,
                                String paidAt, List<StatementRefund> refunds) {
    }

    /** The daily statement of one kiosk (schema {@code Statement}). */
    public record Statement(String kioskId, String date, List<StatementLine> orders) {
    }

    /** What {@link #pay} did, and how long to hold the answer back. */
    public record CodePaymentResult(OrderView order, Duration holdBack, boolean resultUnknown) {
    }

    private final PaymentPlatformStore store;
    private final NoticeBook notices;
    private final PaymentFaults faults;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicLong receiptSequence = new AtomicLong();

    public PaymentPlatform(Path dataDir, ObjectMapper mapper, NoticeBook notices, PaymentFaults faults, Clock clock,
                           ZoneId zone) {
        this.store = new PaymentPlatformStore(dataDir, mapper);
        this.notices = Objects.requireNonNull(notices, "notices");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        receiptSequence.set(store.orderCount());
    }

    public PaymentFaults faults() {
        return faults;
    }

    /** {@code GET /notices/{noticeNumber}}. */
    public synchronized NoticeView notice(String noticeNumber) {
        Notice notice = knownNotice(noticeNumber);
        return new NoticeView(notice.noticeNumber(), notice.payee(), notice.payeeCode(), notice.item(),
                notice.itemCode(), notice.amountFen(), notice.dueDate().toString(), noticePaid(noticeNumber));
    }

    /**
     * {@code PUT /orders/{orderNo}}: creates the order, or answers the one already made under this
     * number when its terms are the same.
     *
     * @return the order, and whether it was made now
     */
    public synchronized Map.Entry<OrderView, Boolean> create(String kioskId, String orderNo, NewOrder order) {
        requireOrderNo(orderNo);
        String channel = order.channel();
        if (!"QR".equals(channel) && !"PAYMENT_CODE".equals(channel)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "channel must be QR or PAYMENT_CODE");
        }
        if (order.amountFen() == null || order.amountFen() < 1 || order.amountFen() > 100_000_000L) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "amountFen must be 1..100000000");
        }
        if (order.payeeCode() == null || !order.payeeCode().matches("[0-9]{6,20}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "payeeCode must be 6..20 digits");
        }
        if (order.itemCode() == null || !order.itemCode().matches("[0-9A-Z]{3,20}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "itemCode must be 3..20 digits or capital letters");
        }
        if (order.subject() == null || order.subject().isBlank() || order.subject().length() > 64) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "subject must be 1..64 characters");
        }
        int expiresIn = order.expiresInSeconds() == null ? (int) DEFAULT_EXPIRY.toSeconds() : order.expiresInSeconds();
        if (expiresIn < 30 || expiresIn > 1800) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "expiresInSeconds must be 30..1800");
        }
        Optional<PlatformOrder> existing = store.order(kioskId, orderNo);
        if (existing.isPresent()) {
            PlatformOrder o = existing.get();
            boolean same = o.channel().equals(channel) && o.amountFen() == order.amountFen()
                    && o.payeeCode().equals(order.payeeCode()) && o.itemCode().equals(order.itemCode())
                    && Objects.equals(o.noticeNumber(), order.noticeNumber());
            if (!same) {
                throw new ApiException(ErrorCode.ORDER_CONFLICT, "order " + orderNo + " exists with other terms");
            }
            return Map.entry(view(o), false);
        }
        if (order.noticeNumber() != null) {
            Notice notice = knownNotice(order.noticeNumber());
            if (notice.amountFen() != order.amountFen() || !notice.payeeCode().equals(order.payeeCode())
                    || !notice.itemCode().equals(order.itemCode())) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "the order's amount, payee or item differ from the notice's");
            }
            if (noticePaid(order.noticeNumber())) {
                throw new ApiException(ErrorCode.NOTICE_PAID, "the notice is already paid");
            }
        }
        Instant now = clock.instant();
        PlatformOrder made = new PlatformOrder(orderNo, kioskId, "P" + UUID.randomUUID().toString().replace("-", ""),
                channel, order.amountFen(), order.payeeCode(), order.itemCode(), order.subject(), order.noticeNumber(),
                "NOTPAY", now.toString(), now.plusSeconds(expiresIn).toString(), null, null, 0, null, null, List.of());
        store.insert(made, LocalDate.ofInstant(now, zone).toString());
        log.info("payment order {} of kiosk {} created ({}, {} fen)", orderNo, kioskId, channel, order.amountFen());
        return Map.entry(view(made), true);
    }

    /** {@code GET /orders/{orderNo}}; a query is also what moves a payer who is entering a password on. */
    public synchronized OrderView query(String kioskId, String orderNo) {
        PlatformOrder order = knownOrder(kioskId, orderNo);
        if (order.state().equals("USERPAYING") && order.queriesUntilPaid() >= 0) {
            order = order.queriesUntilPaid() <= 1 ? markPaid(order) : order.queried();
            store.save(order);
        }
        return view(order);
    }

    /** {@code POST /orders/{orderNo}/pay}: the kiosk scanned the payer's payment code. */
    public CodePaymentResult pay(String kioskId, String orderNo, String paymentCode) {
        if (paymentCode == null || !paymentCode.matches("[0-9]{16,24}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "paymentCode must be 16..24 digits");
        }
        String masked = paymentCode.substring(0, 4) + "…" + paymentCode.substring(paymentCode.length() - 4);
        OrderView answered;
        boolean unknown = faults.isOn(PaymentFault.UNKNOWN_RESULT);
        boolean late = faults.isOn(PaymentFault.TIME_OUT);
        synchronized (this) {
            PlatformOrder order = knownOrder(kioskId, orderNo);
            if (!order.channel().equals("PAYMENT_CODE")) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "order " + orderNo + " is paid by QR, not by payment code");
            }
            switch (order.state()) {
                case "CLOSED" -> throw new ApiException(ErrorCode.ORDER_CLOSED, "order " + orderNo + " is closed");
                case "NOTPAY" -> {
                    if (faults.isOn(PaymentFault.PAYER_NEVER_CONFIRMS)) {
                        order = order.payerPaying(-1, masked);
                    } else if (faults.isOn(PaymentFault.PAYER_ENTERS_PASSWORD)) {
                        order = order.payerPaying(2, masked);
                    } else {
                        order = markPaid(order.payerPaying(0, masked));
                    }
                    store.save(order);
                    log.info("payment order {} of kiosk {} paid by code {}: {}", orderNo, kioskId, masked, order.state());
                }
                default -> {
                    // USERPAYING, PAID, REFUNDED: the same payment asked again; answer as it stands
                }
            }
            answered = view(order);
        }
        return new CodePaymentResult(answered, late ? faults.answerDelay() : Duration.ZERO, unknown);
    }

    /** The payer's phone scanned the kiosk's on-screen QR and paid (the reference platform's payer side). */
    public synchronized OrderView payerScans(String qrContent) {
        String prefix = "onetrip-pay:order/";
        if (qrContent == null || !qrContent.startsWith(prefix)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "not a payment QR of this platform");
        }
        PlatformOrder order = store.byPlatformId(qrContent.substring(prefix.length()))
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_ORDER, "no order behind this QR"));
        switch (order.state()) {
            case "NOTPAY" -> {
                if (clock.instant().isAfter(Instant.parse(order.expiresAt()))) {
                    throw new ApiException(ErrorCode.ORDER_CLOSED, "the order's QR has expired");
                }
                order = markPaid(order);
                store.save(order);
                log.info("payment order {} of kiosk {} paid by QR", order.orderNo(), order.kioskId());
            }
            case "CLOSED" -> throw new ApiException(ErrorCode.ORDER_CLOSED, "the order is closed");
            default -> {
                // paid already
            }
        }
        return view(order);
    }

    /**
     * {@code POST /orders/{orderNo}/close}: an unpaid order is closed; a paid one is refused with
     * {@code ORDER_PAID}. With {@link PaymentFault#PAID_AFTER_CLOSE} the answer says closed while
     * the payer's payment lands just after.
     */
    public synchronized OrderView close(String kioskId, String orderNo) {
        PlatformOrder order = knownOrder(kioskId, orderNo);
        switch (order.state()) {
            case "NOTPAY", "USERPAYING" -> {
                String now = clock.instant().toString();
                PlatformOrder closed = order.closed(now);
                if (faults.isOn(PaymentFault.PAID_AFTER_CLOSE)) {
                    store.save(markPaid(order.withState("USERPAYING")));
                    log.info("payment order {} of kiosk {} answered closed, then paid (injected)", orderNo, kioskId);
                    return view(closed);
                }
                store.save(closed);
                store.notify(kioskId, orderNo, "CLOSED", now);
                return view(closed);
            }
            case "CLOSED" -> {
                return view(order);
            }
            default -> throw new ApiException(ErrorCode.ORDER_PAID, "order " + orderNo + " is paid; refund it instead",
                    Map.of("state", order.state()));
        }
    }

    /**
     * {@code POST /orders/{orderNo}/cancel} (撤销), for payment-code orders whose result the kiosk
     * could not learn: unpaid is closed, paid is refunded in full.
     */
    public synchronized OrderView cancel(String kioskId, String orderNo) {
        PlatformOrder order = knownOrder(kioskId, orderNo);
        String now = clock.instant().toString();
        switch (order.state()) {
            case "NOTPAY", "USERPAYING" -> {
                order = order.closed(now);
                store.save(order);
                store.notify(kioskId, orderNo, "CLOSED", now);
            }
            case "PAID" -> {
                order = order.refunded(new PlatformRefund("C" + orderNo, order.amountFen() - order.refundedFen(),
                        "cancelled", now)).withState("REFUNDED");
                store.save(order);
                notify(kioskId, orderNo, "REFUNDED", now);
            }
            default -> {
                // closed or refunded already
            }
        }
        return view(order);
    }

    /** {@code PUT /orders/{orderNo}/refunds/{refundNo}}: idempotent on the refund number. */
    public synchronized Map.Entry<RefundView, Boolean> refund(String kioskId, String orderNo, String refundNo,
                                                              RefundRequest request) {
        requireOrderNo(refundNo);
        PlatformOrder order = knownOrder(kioskId, orderNo);
        Optional<PlatformRefund> done = order.refunds().stream().filter(r -> r.refundNo().equals(refundNo)).findFirst();
        if (done.isPresent()) {
            return Map.entry(new RefundView(refundNo, orderNo, done.get().amountFen(), "REFUNDED",
                    done.get().refundedAt()), false);
        }
        if (request.amountFen() == null || request.amountFen() < 1) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "amountFen must be at least 1");
        }
        if (!order.state().equals("PAID") && !order.state().equals("REFUNDED")) {
            throw new ApiException(ErrorCode.REFUND_REFUSED, "order " + orderNo + " is not paid",
                    Map.of("reason", "NOT_PAID"));
        }
        if (faults.isOn(PaymentFault.REFUND_REFUSED)) {
            throw new ApiException(ErrorCode.REFUND_REFUSED, "the payer's channel takes no refund now",
                    Map.of("reason", "CHANNEL_REFUSED"));
        }
        if (request.amountFen() > order.amountFen() - order.refundedFen()) {
            throw new ApiException(ErrorCode.REFUND_REFUSED, "the refund exceeds what is left to refund",
                    Map.of("reason", "EXCEEDS_PAID"));
        }
        String now = clock.instant().toString();
        String reason = request.reason() == null ? "" : request.reason();
        store.save(order.refunded(new PlatformRefund(refundNo, request.amountFen(), reason, now)));
        notify(kioskId, orderNo, "REFUNDED", now);
        log.info("payment order {} of kiosk {}: refund {} of {} fen", orderNo, kioskId, refundNo, request.amountFen());
        return Map.entry(new RefundView(refundNo, orderNo, request.amountFen(), "REFUNDED", now), true);
    }

    /** {@code GET /notifications/after/{seq}}: what happened to the kiosk's orders since {@code after}. */
    public synchronized Notifications notifications(String kioskId, long after) {
        List<NotificationView> page = store.notifications(kioskId, after, MOST_NOTIFICATIONS).stream()
                .map(n -> new NotificationView(n.seq(), n.orderNo(), n.event(), n.at())).toList();
        return new Notifications(page, page.isEmpty() ? after : page.get(page.size() - 1).seq());
    }

    /** {@code GET /statements/{date}}: every order the kiosk created that day (the platform's zone). */
    public synchronized Statement statement(String kioskId, String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "date must be YYYY-MM-DD");
        }
        List<StatementLine> lines = store.ofDay(kioskId, day.toString()).stream()
                .map(o -> new StatementLine(o.orderNo(), o.platformOrderId(), o.channel(), o.state(), o.amountFen(),
                        o.paidAt(), o.refunds().stream()
                        .map(r -> new StatementRefund(r.refundNo(), r.amountFen(), r.refundedAt())).toList()))
                .toList();
        return new Statement(kioskId, day.toString(), lines);
    }

    @Override
    public void close() {
        store.close();
    }

    private PlatformOrder markPaid(PlatformOrder order) {
        Instant now = clock.instant();
        // a tax gets the tax office's own certificate, not a fiscal e-receipt
        String receipt = order.itemCode().startsWith("101") ? null : "330" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(now, zone))
                + String.format("%07d", receiptSequence.incrementAndGet());
        notify(order.kioskId(), order.orderNo(), "PAID", now.toString());
        return order.paid(now.toString(), receipt);
    }

    private void notify(String kioskId, String orderNo, String event, String at) {
        store.notify(kioskId, orderNo, event, at);
        if (faults.isOn(PaymentFault.DUPLICATE_NOTIFICATION)) {
            store.notify(kioskId, orderNo, event, at);
        }
    }

    private boolean noticePaid(String noticeNumber) {
        return store.ofNotice(noticeNumber).stream().anyMatch(o -> o.state().equals("PAID"));
    }

    private Notice knownNotice(String noticeNumber) {
        if (noticeNumber == null || !noticeNumber.matches("[0-9]{20}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "a notice number has 20 digits");
        }
        return notices.find(noticeNumber)
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_NOTICE, "no payable item under this notice number"));
    }

    private PlatformOrder knownOrder(String kioskId, String orderNo) {
        requireOrderNo(orderNo);
        return store.order(kioskId, orderNo)
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_ORDER, "no order " + orderNo));
    }

    private static void requireOrderNo(String number) {
        if (number == null || !number.matches("[A-Za-z0-9-]{6,40}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "an order or refund number is 6..40 letters, digits or '-'");
        }
    }

    private static OrderView view(PlatformOrder o) {
        boolean open = o.state().equals("NOTPAY") && o.channel().equals("QR");
        EReceipt receipt = o.receiptNumber() == null ? null
                : new EReceipt(o.receiptNumber(), "fiscal-receipt:" + o.receiptNumber() + "?check="
                + Integer.toHexString(o.receiptNumber().hashCode() & 0xffffff));
        return new OrderView(o.orderNo(), o.platformOrderId(), o.channel(), o.state(), o.amountFen(), o.payeeCode(),
                o.itemCode(), o.subject(), o.noticeNumber(), open ? "onetrip-pay:order/" + o.platformOrderId() : null,
                o.createdAt(), o.expiresAt(), o.paidAt(), o.refundedFen(), receipt);
    }
}
