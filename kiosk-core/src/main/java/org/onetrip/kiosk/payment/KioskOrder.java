package org.onetrip.kiosk.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One order as the kiosk's {@link PaymentLedger} keeps it: no personal data, and the payer's
 * payment code masked (first 4 and last 4 digits) if at all.
 *
 * @param orderNo        the kiosk's own order number, the platform's idempotency key
 * @param deadline       when the kiosk stops waiting for the payer: the QR's expiry, or 60 s after a
 *                       payment code was sent
 * @param maskedCode     the payment code, masked
 * @param receiptNumber  the fiscal e-receipt's number, when the platform issued one
 * @param receiptQr      what the e-receipt's QR holds
 * @param note           why the order stands where it does, for the technician (no personal data)
 */
public record KioskOrder(long id, String orderNo, PaymentChannel channel, PayableItem.Purpose purpose,
                         String payee, String payeeCode, String item, String itemCode, long amountFen,
                         Optional<String> noticeNumber, Optional<String> serviceCode, OrderState state,
                         Optional<String> maskedCode, Optional<String> receiptNumber, Optional<String> receiptQr,
                         Instant createdAt, Instant updatedAt, Optional<Instant> paidAt, Instant deadline,
                         int attempts, String note) {

    public KioskOrder {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(state, "state");
    }

    /** The number the kiosk refunds this order under. */
    public String refundNo() {
        return "R-" + orderNo;
    }

    public String amount() {
        return PayableItem.yuan(amountFen);
    }
}
