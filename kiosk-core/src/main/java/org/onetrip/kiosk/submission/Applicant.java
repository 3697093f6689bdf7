package org.onetrip.kiosk.submission;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onetrip.devices.privacy.Masking;

/**
 * The applicant as read from the resident ID card.
 *
 * @param idNumber   the 18-character resident ID number
 * @param name       as printed on the card
 * @param validUntil the card's last valid day; empty for a card valid for life
 */
public record Applicant(String idNumber, String name, Optional<LocalDate> validUntil) {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9X]");

    public Applicant {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!ID_NUMBER.matcher(idNumber).matches()) {
            throw new IllegalArgumentException("an ID number has 17 digits and a check character (digit or X), got "
                    + Masking.identifier(idNumber));
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("the applicant's name must not be blank");
        }
    }

    /** Masked, so that a record printed by mistake into a log shows no personal data. */
    @Override
    public String toString() {
        return "Applicant[" + Masking.name(name) + ", " + Masking.identifier(idNumber) + "]";
    }
}
