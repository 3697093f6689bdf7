package org.onetrip.devices.idcard.pcsc;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a card keeps its identity as TLV: the application, the file, which tag holds which
 * field, and how dates are written. Every field except {@link IdentityField#VALID_TO} must
 * have a tag; a missing or {@code 长期} valid-to means long-term.
 *
 * @param name             a name for technicians
 * @param aid              the application to select, if any
 * @param filePath         the path of the identity file from the master file (SELECT P1 = 08)
 * @param photoPath        the path of a JPEG photo file, if any
 * @param tags             the tag of each field
 * @param dates            how dates are written, for example {@code yyyyMMdd}
 * @param residentIdNumber whether the ID number is a Chinese citizen identity number to check
 */
public record TlvIdentityLayout(String name, Optional<byte[]> aid, byte[] filePath, Optional<byte[]> photoPath,
                                Map<IdentityField, Integer> tags, DateTimeFormatter dates, boolean residentIdNumber) {
    public TlvIdentityLayout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dates, "dates");
        if (filePath.length == 0 || filePath.length % 2 != 0) {
            throw new IllegalArgumentException("file path must be a non-empty list of 2-byte file ids");
        }
        Map<IdentityField, Integer> copy = new EnumMap<>(IdentityField.class);
        copy.putAll(tags);
        for (IdentityField field : IdentityField.values()) {
            if (field != IdentityField.VALID_TO && !copy.containsKey(field)) {
                throw new IllegalArgumentException("no tag given for " + field);
            }
        }
        for (int tag : copy.values()) {
            if (tag < 1 || tag > 255) {
                throw new IllegalArgumentException("tags must be 1..255, was " + tag);
            }
        }
        tags = Map.copyOf(copy);
    }
}
