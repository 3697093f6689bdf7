package org.onetrip.kiosk.payment;

/** How the payer pays. */
public enum PaymentChannel {
    /** The payer's phone scans a dynamic QR the kiosk shows. */
    QR,
    /** The kiosk's scanner reads the payment code (付款码) the payer's phone shows. */
    PAYMENT_CODE
}
