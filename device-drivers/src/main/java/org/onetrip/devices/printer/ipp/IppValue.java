package org.onetrip.devices.printer.ipp;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** One value of an IPP attribute, typed by its value tag. */
public sealed interface IppValue {

    /** The tag this value is written with. */
    IppValueTag tag();

    /** A signed 32-bit integer. */
    record IntegerValue(int value) implements IppValue {
        @Override
        public IppValueTag tag() {
            return IppValueTag.INTEGER;
        }
    }

    /** An enum value such as printer-state or job-state; its meaning depends on the attribute. */
    record EnumValue(int value) implements IppValue {
        @Override
        public IppValueTag tag() {
            return IppValueTag.ENUM;
        }
    }

    record BooleanValue(boolean value) implements IppValue {
        @Override
        public IppValueTag tag() {
            return IppValueTag.BOOLEAN;
        }
    }

    /** text, name, keyword, uri, uriScheme, charset, naturalLanguage or mimeMediaType. */
    record StringValue(IppValueTag tag, String value) implements IppValue {
        public StringValue {
            Objects.requireNonNull(value, "value");
            if (!tag.isString()) {
                throw new IllegalArgumentException(tag + " is not a string tag");
            }
        }
    }

    /** textWithLanguage or nameWithLanguage. */
    record LocalizedString(IppValueTag tag, String language, String value) implements IppValue {
        public LocalizedString {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(value, "value");
            if (tag != IppValueTag.TEXT_WITH_LANGUAGE && tag != IppValueTag.NAME_WITH_LANGUAGE) {
                throw new IllegalArgumentException(tag + " is not a with-language tag");
            }
        }
    }

    record Octets(byte[] value) implements IppValue {
        public Octets {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public IppValueTag tag() {
            return IppValueTag.OCTET_STRING;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Octets o && Arrays.equals(value, o.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Octets[" + HexFormat.of().formatHex(value) + "]";
        }
    }

    /** An RFC 2579 DateAndTime, to a tenth of a second, with its UTC offset. */
    record DateTimeValue(OffsetDateTime value) implements IppValue {
        public DateTimeValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public IppValueTag tag() {
            return IppValueTag.DATE_TIME;
        }
    }

    /** A printer resolution; units 3 are dots per inch, 4 dots per centimetre. */
    record Resolution(int crossFeed, int feed, int units) implements IppValue {
        public static final int DOTS_PER_INCH = 3;
        public static final int DOTS_PER_CM = 4;

        @Override
        public IppValueTag tag() {
            return IppValueTag.RESOLUTION;
        }
    }

    /** An inclusive range of integers, such as copies-supported 1-999. */
    record Range(int lower, int upper) implements IppValue {
        @Override
        public IppValueTag tag() {
            return IppValueTag.RANGE_OF_INTEGER;
        }
    }

    /** A collection value (media-col, ...): a list of member attributes. */
    record Collection(List<IppAttribute> members) implements IppValue {
        public Collection {
            members = List.copyOf(members);
        }

        @Override
        public IppValueTag tag() {
            return IppValueTag.BEGIN_COLLECTION;
        }
    }

    /** An out-of-band value: unknown, no-value, unsupported, ... */
    record OutOfBand(IppValueTag tag) implements IppValue {
        public OutOfBand {
            if (!tag.isOutOfBand()) {
                throw new IllegalArgumentException(tag + " is not an out-of-band tag");
            }
        }
    }

    static IppValue keyword(String value) {
        return new StringValue(IppValueTag.KEYWORD, value);
    }

    static IppValue name(String value) {
        return new StringValue(IppValueTag.NAME, value);
    }

    static IppValue uri(String value) {
        return new StringValue(IppValueTag.URI, value);
    }

    static IppValue integer(int value) {
        return new IntegerValue(value);
    }
}
