package org.onetrip.devices.printer.ipp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPP message encoding of RFC 8010: {@link IppMessage} to bytes and back. Pure: no I/O,
 * no clock, no threads. Decoding accepts every value tag of {@link IppValueTag} including
 * collections; anything it cannot read exactly is an {@link IppFormatException} naming the
 * byte offset, never another exception.
 */
public final class IppCodec {
    /** Collections nest (media-col holds media-size); deeper nesting than this is refused. */
    public static final int MAX_COLLECTION_DEPTH = 8;
    private static final int HEADER_LENGTH = 8;
    private static final int MAX_FIELD = 0x7FFF;

    private IppCodec() {
    }

    /**
     * Writes a message.
     *
     * @throws IllegalArgumentException when a name or value does not fit its 2-byte length field
     */
    public static byte[] encode(IppMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + message.dataLength());
        short16(out, message.version());
        short16(out, message.code());
        int32(out, message.requestId());
        for (IppAttributeGroup group : message.groups()) {
            out.write(group.tag().code());
            for (IppAttribute attribute : group.attributes()) {
                writeAttribute(out, attribute.name(), attribute.values());
            }
        }
        out.write(IppGroupTag.END_OF_ATTRIBUTES);
        out.writeBytes(message.data());
        return out.toByteArray();
    }

    /** Reads a message; the bytes after the end-of-attributes tag become its data. */
    public static IppMessage decode(byte[] bytes) throws IppFormatException {
        return new Reader(bytes).message();
    }

    private static void writeAttribute(ByteArrayOutputStream out, String name, List<IppValue> values) {
        boolean first = true;
        for (IppValue value : values) {
            writeValue(out, first ? name : "", value);
            first = false;
        }
    }

    private static void writeValue(ByteArrayOutputStream out, String name, IppValue value) {
        out.write(value.tag().code());
        field(out, name.getBytes(StandardCharsets.UTF_8), "name " + name);
        if (value instanceof IppValue.Collection collection) {
            short16(out, 0);
            for (IppAttribute member : collection.members()) {
                out.write(IppValueTag.MEMBER_NAME.code());
                short16(out, 0);
                field(out, member.name().getBytes(StandardCharsets.UTF_8), "member name " + member.name());
                for (IppValue memberValue : member.values()) {
                    writeValue(out, "", memberValue);
                }
            }
            out.write(IppValueTag.END_COLLECTION.code());
            short16(out, 0);
            short16(out, 0);
            return;
        }
        field(out, valueBytes(value), "value of " + (name.isEmpty() ? "an additional value" : name));
    }

    private static byte[] valueBytes(IppValue value) {
        if (value instanceof IppValue.IntegerValue v) {
            return ByteBuffer.allocate(4).putInt(v.value()).array();
        } else if (value instanceof IppValue.EnumValue v) {
            return ByteBuffer.allocate(4).putInt(v.value()).array();
        } else if (value instanceof IppValue.BooleanValue v) {
            return new byte[] {(byte) (v.value() ? 1 : 0)};
        } else if (value instanceof IppValue.StringValue v) {
            return v.value().getBytes(StandardCharsets.UTF_8);
        } else if (value instanceof IppValue.LocalizedString v) {
            byte[] language = v.language().getBytes(StandardCharsets.US_ASCII);
            byte[] text = v.value().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            field(out, language, "language");
            field(out, text, "text");
            return out.toByteArray();
        } else if (value instanceof IppValue.Octets v) {
            return v.value();
        } else if (value instanceof IppValue.DateTimeValue v) {
            return dateTimeBytes(v.value());
        } else if (value instanceof IppValue.Resolution v) {
            return ByteBuffer.allocate(9).putInt(v.crossFeed()).putInt(v.feed()).put((byte) v.units()).array();
        } else if (value instanceof IppValue.Range v) {
            return ByteBuffer.allocate(8).putInt(v.lower()).putInt(v.upper()).array();
        } else if (value instanceof IppValue.OutOfBand) {
            return new byte[0];
        }
        throw new IllegalArgumentException("no encoding for " + value);
    }

    private static byte[] dateTimeBytes(OffsetDateTime time) {
        if (time.getYear() < 0 || time.getYear() > 0xFFFF) {
            throw new IllegalArgumentException("dateTime year must be 0..65535, was " + time.getYear());
        }
        int offsetMinutes = time.getOffset().getTotalSeconds() / 60;
        int absolute = Math.abs(offsetMinutes);
        return ByteBuffer.allocate(11).putShort((short) time.getYear()).put((byte) time.getMonthValue())
                .put((byte) time.getDayOfMonth()).put((byte) time.getHour()).put((byte) time.getMinute())
                .put((byte) time.getSecond()).put((byte) (time.getNano() / 100_000_000))
                .put((byte) (offsetMinutes < 0 ? '-' : '+')).put((byte) (absolute / 60)).put((byte) (absolute % 60))
                .array();
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes, String what) {
        if (bytes.length > MAX_FIELD) {
            throw new IllegalArgumentException(what + " is " + bytes.length + " bytes; IPP allows at most " + MAX_FIELD);
        }
        short16(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8 & 0xFF);
        out.write(value & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        short16(out, value >>> 16);
        short16(out, value & 0xFFFF);
    }

    /** A cursor over one message. Every read checks the remaining length first. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        IppMessage message() throws IppFormatException {
            if (bytes.length < HEADER_LENGTH + 1) {
                throw new IppFormatException("message too short: " + bytes.length + " bytes, the header alone needs "
                        + (HEADER_LENGTH + 1));
            }
            int version = u16();
            int major = version >>> 8;
            if (major < 1 || major > 2) {
                throw new IppFormatException(String.format("unsupported IPP version %d.%d at offset 0", major, version & 0xFF));
            }
            int code = u16();
            int requestId = i32();
            List<IppAttributeGroup> groups = new ArrayList<>();
            IppGroupTag groupTag = null;
            List<IppAttribute> attributes = null;
            String name = null;
            List<IppValue> values = null;
            while (true) {
                int at = position;
                int tag = u8("a tag");
                if (tag <= 0x0F) {
                    if (name != null) {
                        attributes.add(new IppAttribute(name, values));
                        name = null;
                    }
                    if (groupTag != null) {
                        groups.add(new IppAttributeGroup(groupTag, attributes));
                    }
                    if (tag == IppGroupTag.END_OF_ATTRIBUTES) {
                        break;
                    }
                    groupTag = IppGroupTag.fromCode(tag).orElseThrow(
                            () -> new IppFormatException(String.format("unknown group tag 0x%02X at offset %d", tag, at)));
                    attributes = new ArrayList<>();
                    continue;
                }
                if (groupTag == null) {
                    throw new IppFormatException(String.format("value tag 0x%02X at offset %d before any group", tag, at));
                }
                String attributeName = string(u16Length("a name length"), "a name", at);
                IppValue value = value(tag, at, 0);
                if (attributeName.isEmpty()) {
                    if (name == null) {
                        throw new IppFormatException("additional value at offset " + at + " without an attribute before it");
                    }
                    values.add(value);
                } else {
                    if (name != null) {
                        attributes.add(new IppAttribute(name, values));
                    }
                    name = attributeName;
                    values = new ArrayList<>();
                    values.add(value);
                }
            }
            byte[] data = java.util.Arrays.copyOfRange(bytes, position, bytes.length);
            return new IppMessage(version, code, requestId, groups, data);
        }

        /** Reads the value-length and value of a tag whose name has just been read. */
        private IppValue value(int tag, int at, int depth) throws IppFormatException {
            IppValueTag valueTag = IppValueTag.fromCode(tag).orElseThrow(
                    () -> new IppFormatException(String.format("unknown value tag 0x%02X at offset %d", tag, at)));
            int length = u16Length("a value length");
            int start = position;
            IppValue value = switch (valueTag) {
                case INTEGER -> new IppValue.IntegerValue(fixed(length, 4, valueTag, at).getInt());
                case ENUM -> new IppValue.EnumValue(fixed(length, 4, valueTag, at).getInt());
                case BOOLEAN -> {
                    int b = fixed(length, 1, valueTag, at).get();
                    if (b != 0 && b != 1) {
                        throw new IppFormatException("boolean at offset " + at + " is " + b + ", must be 0 or 1");
                    }
                    yield new IppValue.BooleanValue(b == 1);
                }
                case RANGE_OF_INTEGER -> {
                    ByteBuffer v = fixed(length, 8, valueTag, at);
                    yield new IppValue.Range(v.getInt(), v.getInt());
                }
                case RESOLUTION -> {
                    ByteBuffer v = fixed(length, 9, valueTag, at);
                    yield new IppValue.Resolution(v.getInt(), v.getInt(), v.get());
                }
                case DATE_TIME -> dateTime(fixed(length, 11, valueTag, at), at);
                case OCTET_STRING -> new IppValue.Octets(take(length, "an octetString", at));
                case TEXT_WITH_LANGUAGE, NAME_WITH_LANGUAGE -> localized(valueTag, length, at);
                case BEGIN_COLLECTION -> {
                    take(length, "a begCollection value", at);
                    yield collection(at, depth + 1);
                }
                case END_COLLECTION, MEMBER_NAME -> throw new IppFormatException(
                        String.format("tag 0x%02X at offset %d outside a collection", tag, at));
                default -> {
                    if (valueTag.isOutOfBand()) {
                        take(length, "an out-of-band value", at);
                        yield new IppValue.OutOfBand(valueTag);
                    }
                    yield new IppValue.StringValue(valueTag, string(length, "a " + valueTag + " value", at));
                }
            };
            if (valueTag != IppValueTag.BEGIN_COLLECTION && position != start + length) {
                throw new IppFormatException("value at offset " + at + " did not use its length");
            }
            return value;
        }

        private IppValue collection(int openedAt, int depth) throws IppFormatException {
            if (depth > MAX_COLLECTION_DEPTH) {
                throw new IppFormatException("collections nested deeper than " + MAX_COLLECTION_DEPTH + " at offset " + openedAt);
            }
            List<IppAttribute> members = new ArrayList<>();
            String member = null;
            List<IppValue> values = null;
            while (true) {
                int at = position;
                int tag = u8("a tag inside the collection opened at offset " + openedAt);
                String name = string(u16Length("a name length"), "a name", at);
                if (!name.isEmpty()) {
                    throw new IppFormatException("named attribute at offset " + at + " inside a collection");
                }
                if (tag == IppValueTag.END_COLLECTION.code()) {
                    take(u16Length("a value length"), "an endCollection value", at);
                    if (member != null) {
                        members.add(member(member, values, at));
                    }
                    return new IppValue.Collection(members);
                }
                if (tag == IppValueTag.MEMBER_NAME.code()) {
                    if (member != null) {
                        members.add(member(member, values, at));
                    }
                    member = string(u16Length("a value length"), "a member name", at);
                    if (member.isEmpty()) {
                        throw new IppFormatException("empty member name at offset " + at);
                    }
                    values = new ArrayList<>();
                    continue;
                }
                if (tag <= 0x0F) {
                    throw new IppFormatException("group tag at offset " + at + " inside the collection opened at offset " + openedAt);
                }
                if (member == null) {
                    throw new IppFormatException("collection value at offset " + at + " before any member name");
                }
                values.add(value(tag, at, depth));
            }
        }

        private static IppAttribute member(String name, List<IppValue> values, int at) throws IppFormatException {
            if (values.isEmpty()) {
                throw new IppFormatException("member " + name + " has no value (offset " + at + ")");
            }
            return new IppAttribute(name, values);
        }

        private IppValue localized(IppValueTag tag, int length, int at) throws IppFormatException {
            int end = position + length;
            ensure(length, "a " + tag + " value", at);
            int languageLength = u16Length("a language length");
            String language = string(languageLength, "a language", at);
            int textLength = u16Length("a text length");
            String text = string(textLength, "a text", at);
            if (position != end) {
                throw new IppFormatException(tag + " at offset " + at + ": inner lengths do not add up to " + length);
            }
            return new IppValue.LocalizedString(tag, language, text);
        }

        private IppValue dateTime(ByteBuffer v, int at) throws IppFormatException {
            int year = v.getShort() & 0xFFFF;
            int month = v.get();
            int day = v.get();
            int hour = v.get();
            int minute = v.get();
            int second = Math.min(v.get(), 59); // a leap second (60) is kept as 59
            int deci = v.get();
            int direction = v.get();
            int offsetHours = v.get();
            int offsetMinutes = v.get();
            if ((direction != '+' && direction != '-') || deci < 0 || deci > 9 || offsetHours < 0 || offsetHours > 14
                    || offsetMinutes < 0 || offsetMinutes > 59) {
                throw new IppFormatException("invalid dateTime at offset " + at);
            }
            try {
                int sign = direction == '-' ? -1 : 1;
                ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
                return new IppValue.DateTimeValue(OffsetDateTime.of(year, month, day, hour, minute, second,
                        deci * 100_000_000, offset));
            } catch (DateTimeException e) {
                throw new IppFormatException("invalid dateTime at offset " + at + ": " + e.getMessage());
            }
        }

        private ByteBuffer fixed(int length, int expected, IppValueTag tag, int at) throws IppFormatException {
            if (length != expected) {
                throw new IppFormatException(tag + " at offset " + at + " has length " + length + ", must be " + expected);
            }
            return ByteBuffer.wrap(take(length, "a " + tag + " value", at));
        }

        private String string(int length, String what, int at) throws IppFormatException {
            byte[] raw = take(length, what, at);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException e) {
                throw new IppFormatException(what + " at offset " + at + " is not valid UTF-8");
            }
        }

        private byte[] take(int length, String what, int at) throws IppFormatException {
            ensure(length, what, at);
            byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return out;
        }

        private void ensure(int length, String what, int at) throws IppFormatException {
            if (length > bytes.length - position) {
                throw new IppFormatException(what + " of the attribute at offset " + at + " needs " + length
                        + " bytes, only " + (bytes.length - position) + " remain");
            }
        }

        private int u8(String what) throws IppFormatException {
            if (position >= bytes.length) {
                throw new IppFormatException("message ends at offset " + position + " where " + what
                        + " was expected (no end-of-attributes tag)");
            }
            return bytes[position++] & 0xFF;
        }

        private int u16() throws IppFormatException {
            return u8("a header byte") << 8 | u8("a header byte");
        }

        private int u16Length(String what) throws IppFormatException {
            int high = u8(what);
            int low = u8(what);
            int length = high << 8 | low;
            if (length > MAX_FIELD) {
                throw new IppFormatException(what + " at offset " + (position - 2) + " is " + length + ", more than " + MAX_FIELD);
            }
            return length;
        }

        private int i32() throws IppFormatException {
            return u16() << 16 | u16();
        }
    }

}
