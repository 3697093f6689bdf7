package org.onetrip.kiosk.receipt;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a payment slip (缴费凭条) says: who was paid, for what, how much, when, under which order
 * number, and the fiscal e-receipt where the platform issued one. No payment code, no personal data.
 *
 * @param note what became of a paid service that could not be delivered (refunded, kept as credit)
 */
public record PaymentSlip(String hallName, String kioskId, String payee, String item, String amount, Instant paidAt,
                          String orderNo, Optional<String> noticeNumber, Optional<String> eReceiptNumber,
                          Optional<String> eReceiptQr, Optional<String> note) {

    public PaymentSlip {
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        Objects.requireNonNull(eReceiptNumber, "eReceiptNumber");
        Objects.requireNonNull(eReceiptQr, "eReceiptQr");
        Objects.requireNonNull(note, "note");
    }
}
