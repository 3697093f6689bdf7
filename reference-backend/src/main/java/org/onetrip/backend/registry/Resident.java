package org.onetrip.backend.registry;

import java.time.LocalDate;

/**
 * A person the reference backend holds records for.
 *
 * @param validUntil last day the ID card is valid; {@code null} for a card valid for life (长期)
 */
public record Resident(
        String key,
        String name,
        Sex sex,
        String nation,
        LocalDate birthDate,
        String idNumber,
        String address,
        String issuingAuthority,
        LocalDate validFrom,
        LocalDate validUntil) {

    public enum Sex {
        MALE("男"), FEMALE("女");

        private final String label;

        Sex(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The ID number with all but the first six and last four characters hidden, for logs and lists. */
    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }
}
