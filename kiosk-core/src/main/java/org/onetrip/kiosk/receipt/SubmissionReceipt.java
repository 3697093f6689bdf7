package org.onetrip.kiosk.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.devices.privacy.Masking;

/**
 * What the citizen's proof of filing says. Holds no unmasked personal data: the name and
 * the ID number arrive masked and are refused otherwise; an ID number must hide at least as
 * many characters as {@link Masking} hides.
 *
 * @param trackingNumber    capital letters, digits and dashes, 6..40, starting with a letter or digit; printed
 *                          as text, QR and barcode (CODE128 carries the dash)
 * @param hallName          the service hall, for example 北京市东城区政务服务中心
 * @param kioskId           the kiosk, for example K-0107
 * @param matters           the matters filed, at least one
 * @param materialsReceived materials scanned and accepted
 * @param topUps            materials still to bring, each with its deadline
 * @param promisedDate      the date the hall promises a result by
 * @param maskedName        the applicant's name, masked, for example 张*
 * @param maskedIdNumber    the ID number, masked, for example 1101**********1239
 * @param progressUrl       where progress can be checked; the QR leads there with the tracking number
 * @param filedAt           when the filing was committed
 * @param reprint           whether the citizen asked for this receipt again
 * @param postTo            the masked posting address when the result goes by post; empty to collect at the hall
 * @param committedInstead  materials the citizen signed a commitment for instead of handing them in
 */
public record SubmissionReceipt(String trackingNumber, String hallName, String kioskId, List<String> matters,
        List<String> materialsReceived, List<TopUp> topUps, LocalDate promisedDate, String maskedName,
        String maskedIdNumber, String progressUrl, Instant filedAt, boolean reprint, Optional<String> postTo,
        List<String> committedInstead) {

    /** A receipt of a filing collected at the hall, with no commitment instead of a material. */
    public SubmissionReceipt(String trackingNumber, String hallName, String kioskId, List<String> matters,
            List<String> materialsReceived, List<TopUp> topUps, LocalDate promisedDate, String maskedName,
            String maskedIdNumber, String progressUrl, Instant filedAt, boolean reprint) {
        this(trackingNumber, hallName, kioskId, matters, materialsReceived, topUps, promisedDate, maskedName,
                maskedIdNumber, progressUrl, filedAt, reprint, Optional.empty(), List.of());
    }

    public SubmissionReceipt {
        Objects.requireNonNull(postTo, "postTo");
        committedInstead = List.copyOf(committedInstead);
        postTo.ifPresent(address -> requireMasked("posting address", address, 4));
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        if (!trackingNumber.matches("[A-Z0-9][A-Z0-9-]{5,39}")) {
            throw new IllegalArgumentException("tracking number must be 6..40 capital letters, digits or dashes, was '"
                    + trackingNumber + "'");
        }
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(kioskId, "kioskId");
        matters = List.copyOf(matters);
        if (matters.isEmpty()) {
            throw new IllegalArgumentException("a submission receipt needs at least one matter");
        }
        materialsReceived = List.copyOf(materialsReceived);
        topUps = List.copyOf(topUps);
        Objects.requireNonNull(promisedDate, "promisedDate");
        requireMasked("name", maskedName, 1);
        Objects.requireNonNull(maskedIdNumber, "ID number");
        requireMasked("ID number", maskedIdNumber, Masking.hiddenAtLeast(maskedIdNumber.length()));
        Objects.requireNonNull(progressUrl, "progressUrl");
        if (!progressUrl.startsWith("https://") && !progressUrl.startsWith("http://")) {
            throw new IllegalArgumentException("progress URL must start with https:// or http://, was '" + progressUrl + "'");
        }
        Objects.requireNonNull(filedAt, "filedAt");
    }

    /** The address in the QR code: the progress page for this tracking number. */
    public String trackingUrl() {
        return progressUrl + (progressUrl.contains("?") ? "&" : "?") + "no=" + trackingNumber;
    }

    /** Refuses what looks unmasked, without echoing it (it could be personal data). */
    private static void requireMasked(String what, String value, int minStars) {
        Objects.requireNonNull(value, what);
        long stars = value.chars().filter(c -> c == '*').count();
        if (stars < minStars) {
            throw new IllegalArgumentException("the " + what + " on a receipt must be masked with at least " + minStars
                    + " '*' (" + value.length() + " characters given, " + stars + " masked)");
        }
    }
}
