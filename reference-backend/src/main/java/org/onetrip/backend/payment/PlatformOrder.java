package org.onetrip.backend.payment;

import java.util.ArrayList;
import java.util.List;

/**
 * One order as the reference platform keeps it (as JSON, in {@code payment-platform.db}). Times are
 * ISO-8601 instants; {@code null} where not (yet) known.
 *
 * @param channel          {@code QR} (the payer scans the kiosk's on-screen code) or {@code PAYMENT_CODE}
 *                         (the kiosk scans the payer's code)
 * @param state            {@code NOTPAY}, {@code USERPAYING}, {@code PAID}, {@code CLOSED} or {@code REFUNDED}
 * @param queriesUntilPaid while {@code USERPAYING}: queries left before the payer confirms; -1 never
 * @param payerCodeMasked  the payer's payment code, first 4 and last 4 digits only
 * @param receiptNumber    the fiscal e-receipt's number, issued when a non-tax item is paid
 */
public record PlatformOrder(String orderNo, String kioskId, String platformOrderId, String channel, long amountFen,
                            String payeeCode, String itemCode, String subject, String noticeNumber, String state,
                            String createdAt, String expiresAt, String paidAt, String closedAt, int queriesUntilPaid,
                            String payerCodeMasked, String receiptNumber, List<PlatformRefund> refunds) {

    public PlatformOrder {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /** A refund of (part of) the order, under the kiosk's refund number. */
    public record PlatformRefund(String refundNo, long amountFen, String reason, String refundedAt) {
    }

    public long refundedFen() {
        return refunds.stream().mapToLong(PlatformRefund::amountFen).sum();
    }

    PlatformOrder withState(String newState) {
        return new PlatformOrder(orderNo, kioskId, platformOrderId, channel, amountFen, payeeCode, itemCode, subject,
                noticeNumber, newState, createdAt, expiresAt, paidAt, closedAt, queriesUntilPaid, payerCodeMasked,
                receiptNumber, refunds);
    }

    PlatformOrder paid(String at, String receipt) {
        return new PlatformOrder(orderNo, kioskId, platformOrderId, channel, amountFen, payeeCode, itemCode, subject,
                noticeNumber, "PAID", createdAt, expiresAt, at, closedAt, 0, payerCodeMasked, receipt, refunds);
    }

    PlatformOrder payerPaying(int queries, String maskedCode) {
        return new PlatformOrder(orderNo, kioskId, platformOrderId, channel, amountFen, payeeCode, itemCode, subject,
                noticeNumber, "USERPAYING", createdAt, expiresAt, paidAt, closedAt, queries, maskedCode, receiptNumber,
                refunds);
    }

    PlatformOrder queried() {
        return new PlatformOrder(orderNo, kioskId, platformOrderId, channel, amountFen, payeeCode, itemCode, subject,
                noticeNumber, state, createdAt, expiresAt, paidAt, closedAt, queriesUntilPaid - 1, payerCodeMasked,
                receiptNumber, refunds);
    }

    PlatformOrder closed(String at) {
        return new PlatformOrder(orderNo, kioskId, platformOrderId, channel, amountFen, payeeCode, itemCode, subject,
                noticeNumber, "CLOSED", createdAt, expiresAt, paidAt, at, 0, payerCodeMasked, receiptNumber, refunds);
    }

    PlatformOrder refunded(PlatformRefund refund) {
        List<PlatformRefund> more = new ArrayList<>(refunds);
        more.add(refund);
        boolean whole = more.stream().mapToLong(PlatformRefund::amountFen).sum() >= amountFen;
        return new PlatformOrder(orderNo, kioskId, platformOrderId, channel, amountFen, payeeCode, itemCode, subject,
                noticeNumber, whole ? "REFUNDED" : state, createdAt, expiresAt, paidAt, closedAt, queriesUntilPaid,
                payerCodeMasked, receiptNumber, more);
    }
}
