package org.onetrip.kiosk.payment;

import java.util.Objects;

/**
 * The payment code (付款码) a payer's phone shows, as the kiosk's scanner read it. It lives only in
 * memory for the one call that pays with it: it is never logged, stored or shown in full; its
 * {@link #toString()} and {@link #masked()} keep the first 4 and last 4 digits.
 */
public final class PaymentCode {

    private final String digits;

    private PaymentCode(String digits) {
        this.digits = digits;
    }

    /**
     * @throws IllegalArgumentException unless 16..24 digits (the message never holds the code)
     */
    public static PaymentCode of(String scanned) {
        Objects.requireNonNull(scanned, "scanned");
        String digits = scanned.strip();
        if (!digits.matches("[0-9]{16,24}")) {
            throw new IllegalArgumentException("a payment code is 16..24 digits; this one has " + digits.length()
                    + " characters");
        }
        return new PaymentCode(digits);
    }

    /** First 4 and last 4 digits, e.g. {@code 1345****6789}. */
    public String masked() {
        return mask(digits);
    }

    /** The digits, for the one call to the platform. */
    String digits() {
        return digits;
    }

    static String mask(String code) {
        if (code == null || code.length() <= 8) {
            return "****";
        }
        return code.substring(0, 4) + "****" + code.substring(code.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
