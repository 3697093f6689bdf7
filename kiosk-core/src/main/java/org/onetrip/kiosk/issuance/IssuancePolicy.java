package org.onetrip.kiosk.issuance;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.onetrip.config.Configuration;
import org.onetrip.config.HallPolicy;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.kiosk.certificate.BackendPdfLimits;

/**
 * What the certificate desk offers and how long it waits.
 *
 * @param types            the catalog's certificate types, in the order they are offered
 * @param dailyLimit       copies one citizen may print per type per day; 0 = not printable here
 * @param backendTypes     catalog type code to the approval backend's type ({@code ZM-HJ} to
 *                         {@code HOUSEHOLD_REGISTRATION}); a type without one is not offered
 * @param verificationBase the address the QR code and the verification sentence point to; the
 *                         code is added as {@code ?code=}
 * @param zone             the kiosk's zone: dates on certificates and the day of the daily limits
 * @param pdfLimits        what a PDF from the backend must keep to
 * @param previewDpi       resolution of the page-1 preview, 36 to 300
 * @param printerWait      how long a certificate waits for another one to leave the printer before
 *                         its issuance is aborted, 1 s to 30 min
 * @param issueAttempts    calls to the backend per issue before it counts as unreachable, 1 to 5
 */
public record IssuancePolicy(List<CertificateType> types, ToIntFunction<CertificateType> dailyLimit,
                             Map<String, String> backendTypes, URI verificationBase, ZoneId zone,
                             BackendPdfLimits pdfLimits, float previewDpi, Duration printerWait, int issueAttempts) {

    /** The approval backend's types for the catalog's certificate types, as the reference backend names them. */
    public static final Map<String, String> REFERENCE_BACKEND_TYPES = Map.of(
            "ZM-SBCB", "SOCIAL_INSURANCE_RECORD",
            "ZM-WFZJL", "NO_CRIMINAL_RECORD",
            "ZM-HJ", "HOUSEHOLD_REGISTRATION");

    public IssuancePolicy {
        types = List.copyOf(types);
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        backendTypes = Map.copyOf(backendTypes);
        Objects.requireNonNull(verificationBase, "verificationBase");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(pdfLimits, "pdfLimits");
        if (!(previewDpi >= 36 && previewDpi <= 300)) {
            throw new IllegalArgumentException("previewDpi must be 36 to 300, got " + previewDpi);
        }
        Objects.requireNonNull(printerWait, "printerWait");
        if (printerWait.compareTo(Duration.ofSeconds(1)) < 0 || printerWait.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("printerWait must be 1 s to 30 min, got " + printerWait);
        }
        if (issueAttempts < 1 || issueAttempts > 5) {
            throw new IllegalArgumentException("issueAttempts must be 1 to 5, got " + issueAttempts);
        }
    }

    /**
     * The catalog's types and limits of a configuration, with its hall's verification page and time
     * zone, the reference backend's type names, default PDF limits, a 96 dpi preview, 4 minutes' wait
     * for the printer (longer than the IPP driver's 3-minute job deadline) and 3 attempts per issue.
     */
    public static IssuancePolicy from(Configuration configuration) {
        HallPolicy hall = configuration.kiosk().hall();
        return new IssuancePolicy(configuration.catalog().certificateTypes(), configuration::dailyLimitFor,
                REFERENCE_BACKEND_TYPES, hall.certificateVerificationUrl(), hall.timeZone(), BackendPdfLimits.DEFAULT,
                96, Duration.ofMinutes(4), 3);
    }

    public IssuancePolicy withPrinterWait(Duration wait) {
        return new IssuancePolicy(types, dailyLimit, backendTypes, verificationBase, zone, pdfLimits, previewDpi, wait,
                issueAttempts);
    }
}
