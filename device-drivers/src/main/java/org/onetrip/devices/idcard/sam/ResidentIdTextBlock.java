package org.onetrip.devices.idcard.sam;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

import org.onetrip.devices.idcard.CardText;
import org.onetrip.devices.idcard.CardValidity;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.Nation;
import org.onetrip.devices.idcard.Photo;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.Sex;

/**
 * The 256-byte text block of a resident ID card: UCS-2 little-endian fields padded with
 * spaces at fixed offsets (name 0/30, sex 30/2, nation 32/4, birth 36/16, address 52/70,
 * ID number 122/36, authority 158/30, valid from 188/16, valid to 204/16, reserved 220/36).
 * Pure. Error messages name the field, never its content.
 */
public final class ResidentIdTextBlock {
    public static final int LENGTH = 256;
    /** The size of the WLT photo block. */
    public static final int PHOTO_LENGTH = 1024;
    /** How a long-term card writes its end of validity. */
    public static final String LONG_TERM = CardValidity.LONG_TERM_TEXT;

    private enum Field {
        NAME(0, 30, "name"), SEX(30, 2, "sex"), NATION(32, 4, "nation"), BIRTH(36, 16, "birth date"),
        ADDRESS(52, 70, "address"), ID_NUMBER(122, 36, "ID number"), AUTHORITY(158, 30, "authority"),
        VALID_FROM(188, 16, "valid-from date"), VALID_TO(204, 16, "valid-to date");

        final int offset;
        final int length;
        final String label;

        Field(int offset, int length, String label) {
            this.offset = offset;
            this.length = length;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private ResidentIdTextBlock() {
    }

    /**
     * Decodes the text block and keeps the photo bytes as WLT. The record owns copies of
     * both arrays.
     *
     * @throws SamFrameException with {@link FrameFault#BAD_LAYOUT} when a field cannot be decoded
     */
    public static IdentityRecord decode(byte[] text, byte[] wltPhoto) {
        if (text.length != LENGTH) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, "text block has " + text.length + " bytes, expected " + LENGTH);
        }
        String name = field(text, Field.NAME);
        String sexCode = field(text, Field.SEX);
        String nationCode = field(text, Field.NATION);
        if (name.isEmpty()) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, "name is empty");
        }
        Sex sex;
        try {
            if (sexCode.length() != 1) {
                throw new IllegalArgumentException("sex field must hold one character, holds " + sexCode.length());
            }
            sex = Sex.ofCode(sexCode.charAt(0));
        } catch (IllegalArgumentException e) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, e.getMessage());
        }
        Nation nation = Nation.ofCode(nationCode)
                .orElseThrow(() -> new SamFrameException(FrameFault.BAD_LAYOUT, "nation code is not in GB 3304"));
        LocalDate birth = date(text, Field.BIRTH);
        LocalDate from = date(text, Field.VALID_FROM);
        String to = field(text, Field.VALID_TO);
        CardValidity validity;
        try {
            validity = LONG_TERM.equals(to) ? CardValidity.longTerm(from) : CardValidity.between(from, date(text, Field.VALID_TO));
        } catch (IllegalArgumentException e) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, "validity ends before it starts");
        }
        return new IdentityRecord(name, sex, nation, birth, field(text, Field.ADDRESS), field(text, Field.ID_NUMBER),
                field(text, Field.AUTHORITY), validity, new Photo(PhotoFormat.WLT, wltPhoto.clone()), text.clone());
    }

    /** Encodes the text fields of a record into a text block, as a card would hold them. */
    public static byte[] encode(IdentityRecord identity) {
        byte[] block = new byte[LENGTH];
        put(block, Field.NAME, identity.name());
        put(block, Field.SEX, String.valueOf(identity.sex().code()));
        put(block, Field.NATION, identity.nation().code());
        put(block, Field.BIRTH, digits(identity.birthDate()));
        put(block, Field.ADDRESS, identity.address());
        put(block, Field.ID_NUMBER, identity.idNumber());
        put(block, Field.AUTHORITY, identity.authority());
        put(block, Field.VALID_FROM, digits(identity.validity().from()));
        put(block, Field.VALID_TO, identity.validity().until().map(ResidentIdTextBlock::digits).orElse(LONG_TERM));
        byte[] reserved = " ".repeat(18).getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(reserved, 0, block, 220, reserved.length);
        return block;
    }

    private static String digits(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static void put(byte[] block, Field field, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        if (bytes.length > field.length) {
            throw new IllegalArgumentException(field + " is longer than " + field.length / 2 + " characters");
        }
        System.arraycopy(bytes, 0, block, field.offset, bytes.length);
        for (int i = field.offset + bytes.length; i < field.offset + field.length; i += 2) {
            block[i] = 0x20;
            block[i + 1] = 0;
        }
    }

    private static String field(byte[] block, Field field) {
        byte[] bytes = Arrays.copyOfRange(block, field.offset, field.offset + field.length);
        String value = new String(bytes, StandardCharsets.UTF_16LE);
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\0')) {
            end--;
        }
        String trimmed = value.substring(0, end);
        if (trimmed.indexOf('\uFFFD') >= 0) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, field + " is not valid UCS-2");
        }
        CardText.problem(field.label, trimmed).ifPresent(problem -> {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, problem);
        });
        return trimmed;
    }

    private static LocalDate date(byte[] block, Field field) {
        String value = field(block, field);
        if (value.length() != 8 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, field + " is not a YYYYMMDD date");
        }
        try {
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, field + " is not a real date");
        }
    }
}
