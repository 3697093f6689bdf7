package org.onetrip.config.devices;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link CardProfile#GENERIC_TLV} card keeps its identity.
 *
 * @param aid the application to select first, if any
 * @param file the identity file's path from the master file: 2-byte file ids, e.g. 3F00 DF01 4031
 * @param photo the path of a JPEG photo file, if the card has one
 * @param tags the tag (1 to 255) of each field; every field but {@link TlvField#VALID_TO} needs one
 * @param dateFormat how the card writes dates, a {@link DateTimeFormatter} pattern such as yyyyMMdd
 * @param residentIdNumber whether the ID number is a Chinese citizen identity number to check
 */
public record TlvLayout(Optional<byte[]> aid, byte[] file, Optional<byte[]> photo, Map<TlvField, Integer> tags,
        String dateFormat, boolean residentIdNumber) {

    public static final String DEFAULT_DATE_FORMAT = "yyyyMMdd";

    public TlvLayout {
        Objects.requireNonNull(aid, "aid");
        Objects.requireNonNull(photo, "photo");
        requirePath(file, "file");
        photo.ifPresent(path -> requirePath(path, "photo"));
        aid.ifPresent(bytes -> {
            if (bytes.length < 5 || bytes.length > 16) {
                throw new IllegalArgumentException("aid must be 5 to 16 bytes, was " + bytes.length);
            }
        });
        Map<TlvField, Integer> copy = new EnumMap<>(TlvField.class);
        copy.putAll(tags);
        for (TlvField field : TlvField.values()) {
            if (field != TlvField.VALID_TO && !copy.containsKey(field)) {
                throw new IllegalArgumentException("tags." + field.configName() + " is missing; every field but validTo needs a tag");
            }
        }
        copy.forEach((field, tag) -> {
            if (tag < 1 || tag > 255) {
                throw new IllegalArgumentException("tags." + field.configName() + " must be 1 to 255, was " + tag);
            }
        });
        tags = Map.copyOf(copy);
        DateTimeFormatter.ofPattern(Objects.requireNonNull(dateFormat, "dateFormat"));
    }

    private static void requirePath(byte[] path, String name) {
        if (path.length == 0 || path.length % 2 != 0) {
            throw new IllegalArgumentException(name + " must be whole 2-byte file ids, e.g. 3F00DF014031; was "
                    + HexFormat.of().withUpperCase().formatHex(path));
        }
    }
}
