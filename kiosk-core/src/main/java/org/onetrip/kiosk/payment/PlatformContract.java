package org.onetrip.kiosk.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The payment platform's bodies, as {@code docs/api/payment-platform.yaml} names them. */
public final class PlatformContract {

    private PlatformContract() {
    }

    /** {@code PayableNotice}. */
    public record PayableNotice(String noticeNumber, String payee, String payeeCode, String item, String itemCode,
                                long amountFen, String dueDate, boolean paid) {
    }

    /** {@code NewOrder}. */
    public record NewOrder(String channel, long amountFen, String payeeCode, String itemCode, String subject,
                           String noticeNumber, Integer expiresInSeconds) {
    }

    /** {@code EReceipt}. */
    public record EReceipt(String number, String verifyQr) {
    }

    /** {@code Order}. */
    public record Order(String orderNo, String platformOrderId, String channel, String state, long amountFen,
                        String payeeCode, String itemCode, String subject, String noticeNumber, String qrContent,
                        String createdAt, String expiresAt, String paidAt, long refundedFen, EReceipt eReceipt) {

        public boolean isPaid() {
            return "PAID".equals(state);
        }
    }

    /** {@code CodePayment}: lives only for the call; never logged. */
    record CodePayment(String paymentCode) {
        @Override
        public String toString() {
            return "CodePayment[paymentCode=" + PaymentCode.mask(paymentCode) + "]";
        }
    }

    /** {@code RefundRequest}. */
    public record RefundRequest(long amountFen, String reason) {
    }

    /** {@code Refund}. */
    public record Refund(String refundNo, String orderNo, long amountFen, String state, String refundedAt) {
    }

    /** {@code Notification}. */
    public record Notification(long seq, String orderNo, String event, String at) {
    }

    /** {@code Notifications}. */
    public record Notifications(List<Notification> notifications, long last) {
    }

    /** {@code StatementRefund}. */
    public record StatementRefund(String refundNo, long amountFen, String refundedAt) {
    }

    /** {@code StatementLine}. */
    public record StatementLine(String orderNo, String platformOrderId, String channel, String state, long amountFen,
                                String paidAt, List<StatementRefund> refunds) {
    }

    /** {@code Statement}. */
    public record Statement(String kioskId, String date, List<StatementLine> orders) {
    }

    record ErrorBody(ErrorDetail error) {
    }

    record ErrorDetail(String code, String message, Boolean retryable, String requestId, JsonNode details) {
    }
}
