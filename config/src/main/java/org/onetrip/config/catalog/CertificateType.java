package org.onetrip.config.catalog;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.PageSize;

/**
 * A certificate or proof citizens can print (证明).
 *
 * @param code         e.g. {@code ZM-SBCB}
 * @param name         e.g. 个人社保参保证明
 * @param department   code of the issuing department
 * @param identifiedBy what identifies the holder
 * @param pageSize     paper it is printed on
 * @param validity     how long the printed proof is valid, 1 to 366 days
 * @param masking      how much of the holder's identity is printed
 * @param source       whether the kiosk renders data or prints the backend's signed PDF
 * @param dailyLimit   per-citizen daily limit for this type (0 to 99), overriding the kiosk default
 */
public record CertificateType(String code, LocalizedText name, String department, HolderIdentifier identifiedBy,
                              PageSize pageSize, Period validity, HolderMasking masking, CertificateSource source,
                              Optional<Integer> dailyLimit) {

    public static final int MAX_VALIDITY_DAYS = 366;

    public CertificateType {
        Codes.require(code, "certificate type code");
        Objects.requireNonNull(name, "name");
        Codes.require(department, "department code");
        Objects.requireNonNull(identifiedBy, "identifiedBy");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(validity, "validity");
        if (validity.getDays() < 1 || validity.getDays() > MAX_VALIDITY_DAYS
                || validity.getMonths() != 0 || validity.getYears() != 0) {
            throw new IllegalArgumentException("validity must be 1 to " + MAX_VALIDITY_DAYS + " days, got " + validity);
        }
        Objects.requireNonNull(masking, "masking");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        dailyLimit.ifPresent(limit -> {
            if (limit < 0 || limit > 99) {
                throw new IllegalArgumentException("daily limit must be from 0 to 99, got " + limit);
            }
        });
    }
}
