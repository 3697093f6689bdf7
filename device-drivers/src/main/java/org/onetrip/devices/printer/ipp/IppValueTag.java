package org.onetrip.devices.printer.ipp;

import java.util.Optional;

/** The value tags of RFC 8010 section 3.5.2 that this codec reads and writes. */
public enum IppValueTag {
    UNSUPPORTED(0x10),
    UNKNOWN(0x12),
    NO_VALUE(0x13),
    NOT_SETTABLE(0x15),
    DELETE_ATTRIBUTE(0x16),
    ADMIN_DEFINE(0x17),
    INTEGER(0x21),
    BOOLEAN(0x22),
    ENUM(0x23),
    OCTET_STRING(0x30),
    DATE_TIME(0x31),
    RESOLUTION(0x32),
    RANGE_OF_INTEGER(0x33),
    BEGIN_COLLECTION(0x34),
    TEXT_WITH_LANGUAGE(0x35),
    NAME_WITH_LANGUAGE(0x36),
    END_COLLECTION(0x37),
    TEXT(0x41),
    NAME(0x42),
    KEYWORD(0x44),
    URI(0x45),
    URI_SCHEME(0x46),
    CHARSET(0x47),
    NATURAL_LANGUAGE(0x48),
    MIME_MEDIA_TYPE(0x49),
    MEMBER_NAME(0x4A);

    private final int code;

    IppValueTag(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Out-of-band tags say why there is no value; their value is empty. */
    public boolean isOutOfBand() {
        return code >= 0x10 && code <= 0x1F;
    }

    /** Tags whose value is one character string (UTF-8 or US-ASCII on the wire). */
    public boolean isString() {
        return code >= 0x41 && code <= 0x49;
    }

    public static Optional<IppValueTag> fromCode(int code) {
        for (IppValueTag tag : values()) {
            if (tag.code == code) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}
