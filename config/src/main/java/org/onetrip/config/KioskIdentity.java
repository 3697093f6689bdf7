package org.onetrip.config;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who this kiosk is: the id printed on receipts and sent to the backend, and where it stands.
 *
 * @param id       upper-case letters, digits and dashes, 3 to 32 characters, e.g. {@code SZ-NS-0001}
 * @param hallName the service hall's name, shown on screen and on receipts
 * @param address  the hall's street address, shown on receipts
 * @param progressUrl where citizens check progress online; the receipt's QR code leads there
 */
public record KioskIdentity(String id, LocalizedText hallName, String address, Optional<String> progressUrl) {

    /** Shape of a kiosk id, also quoted in error messages. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    public KioskIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(progressUrl, "progressUrl");
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("kiosk id must be 3 to 32 upper-case letters, digits or dashes, got " + id);
        }
    }

    /** A kiosk whose receipts point to no progress page of its own. */
    public KioskIdentity(String id, LocalizedText hallName, String address) {
        this(id, hallName, address, Optional.empty());
    }
}
