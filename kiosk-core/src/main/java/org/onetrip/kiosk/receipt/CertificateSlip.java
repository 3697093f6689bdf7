package org.onetrip.kiosk.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * The slip that goes with a printed certificate: what was printed and how to verify it.
 *
 * @param certificateName  for example 无犯罪记录证明
 * @param verificationCode letters and digits, 6..32, printed large and in the QR link
 * @param verifyUrl        where anyone can check the certificate is genuine
 * @param pages            pages printed, 1..99
 * @param maskedName       the holder's name, masked
 * @param hallName         the service hall
 * @param kioskId          the kiosk
 * @param printedAt        when the certificate finished printing
 * @param reprint          whether this is a reprint of an issued certificate
 */
public record CertificateSlip(String certificateName, String verificationCode, String verifyUrl, int pages,
        String maskedName, String hallName, String kioskId, Instant printedAt, boolean reprint) {
    public CertificateSlip {
        Objects.requireNonNull(certificateName, "certificateName");
        Objects.requireNonNull(verificationCode, "verificationCode");
        if (!verificationCode.matches("[A-Z0-9]{6,32}")) {
            throw new IllegalArgumentException("verification code must be 6..32 capital letters or digits, was '"
                    + verificationCode + "'");
        }
        Objects.requireNonNull(verifyUrl, "verifyUrl");
        if (pages < 1 || pages > 99) {
            throw new IllegalArgumentException("pages must be 1..99, was " + pages);
        }
        Objects.requireNonNull(maskedName, "maskedName");
        if (maskedName.indexOf('*') < 0) {
            throw new IllegalArgumentException("the name on a slip must be masked with '*' (" + maskedName.length()
                    + " characters given, none masked)");
        }
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(printedAt, "printedAt");
    }

    public String verificationUrl() {
        return verifyUrl + (verifyUrl.contains("?") ? "&" : "?") + "code=" + verificationCode;
    }
}
