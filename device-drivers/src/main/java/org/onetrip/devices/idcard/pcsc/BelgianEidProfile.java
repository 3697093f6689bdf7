package org.onetrip.devices.idcard.pcsc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onetrip.devices.idcard.CardValidity;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.Nation;
import org.onetrip.devices.idcard.Photo;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.Sex;

/**
 * The Belgian electronic identity card (BELPIC application): the identity file 3F00 DF01
 * 4031, the address file 4033 and the JPEG photo 4035, all TLV ({@link SimpleTlv}) except
 * the photo. Dates of birth are written {@code DD MMM YYYY} with French, Dutch or German
 * month abbreviations; validity dates {@code DD.MM.YYYY}.
 */
public final class BelgianEidProfile implements CardProfile {
    public static final byte[] BELPIC_AID = HexFormat.of().parseHex("A000000177504B43532D3135");
    public static final byte[] IDENTITY_PATH = HexFormat.of().parseHex("3F00DF014031");
    public static final byte[] ADDRESS_PATH = HexFormat.of().parseHex("3F00DF014033");
    public static final byte[] PHOTO_PATH = HexFormat.of().parseHex("3F00DF014035");

    /** Identity file tags. */
    public static final int CARD_NUMBER = 1;
    public static final int CHIP_NUMBER = 2;
    public static final int VALID_FROM = 3;
    public static final int VALID_UNTIL = 4;
    public static final int DELIVERY_MUNICIPALITY = 5;
    public static final int NATIONAL_NUMBER = 6;
    public static final int SURNAME = 7;
    public static final int GIVEN_NAMES = 8;
    public static final int NATIONALITY = 10;
    public static final int BIRTH_DATE = 12;
    public static final int GENDER = 13;
    /** Address file tags. */
    public static final int STREET = 1;
    public static final int ZIP = 2;
    public static final int MUNICIPALITY = 3;

    private static final int CHUNK = 0xFF;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("FEV", 2), Map.entry("FEB", 2), Map.entry("MARS", 3), Map.entry("MAAR", 3),
            Map.entry("MÄR", 3), Map.entry("MAR", 3), Map.entry("AVR", 4), Map.entry("APR", 4), Map.entry("MAI", 5),
            Map.entry("MEI", 5), Map.entry("JUIN", 6), Map.entry("JUN", 6), Map.entry("JUIL", 7), Map.entry("JUL", 7),
            Map.entry("AOUT", 8), Map.entry("AOÛT", 8), Map.entry("AUG", 8), Map.entry("SEPT", 9), Map.entry("SEP", 9),
            Map.entry("OCT", 10), Map.entry("OKT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12), Map.entry("DÉC", 12),
            Map.entry("DEZ", 12));

    @Override
    public String name() {
        return "Belgian eID";
    }

    @Override
    public boolean hasResidentIdNumber() {
        return false;
    }

    @Override
    public Optional<IdentityRecord> read(IsoCardSession session) throws IOException {
        try {
            session.selectAid(BELPIC_AID, false);
        } catch (CardCommandException e) {
            if (CardProfile.isNotThisCard(e)) {
                return Optional.empty();
            }
            throw e;
        }
        session.selectPath(IDENTITY_PATH);
        byte[] identityFile = session.readBinary(CHUNK);
        session.selectPath(ADDRESS_PATH);
        byte[] addressFile = session.readBinary(CHUNK);
        session.selectPath(PHOTO_PATH);
        byte[] photo = session.readBinary(CHUNK);
        return Optional.of(toRecord(identityFile, addressFile, photo));
    }

    /** The chip number (tag 2 of the identity file), unique to the card's chip. */
    @Override
    public Optional<byte[]> cardNumber(IsoCardSession session) throws IOException {
        try {
            session.selectAid(BELPIC_AID, false);
        } catch (CardCommandException e) {
            if (CardProfile.isNotThisCard(e)) {
                return Optional.empty();
            }
            throw e;
        }
        session.selectPath(IDENTITY_PATH);
        byte[] identityFile = session.readBinary(CHUNK);
        try {
            return Optional.ofNullable(SimpleTlv.byTag(identityFile).get(CHIP_NUMBER)).map(byte[]::clone);
        } finally {
            java.util.Arrays.fill(identityFile, (byte) 0);
        }
    }

    /** Builds the record from the three files; the record owns the arrays afterwards. */
    public static IdentityRecord toRecord(byte[] identityFile, byte[] addressFile, byte[] photo) {
        Map<Integer, byte[]> id = SimpleTlv.byTag(identityFile);
        Map<Integer, byte[]> address = SimpleTlv.byTag(addressFile);
        String name = (text(id, GIVEN_NAMES, "given names") + " " + text(id, SURNAME, "surname")).trim();
        String street = text(address, STREET, "street");
        String fullAddress = (street + ", " + text(address, ZIP, "postcode") + " " + text(address, MUNICIPALITY, "municipality")).trim();
        CardValidity validity = CardValidity.between(dottedDate(text(id, VALID_FROM, "valid-from date")), dottedDate(text(id, VALID_UNTIL, "valid-until date")));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(identityFile);
        raw.writeBytes(addressFile);
        return new IdentityRecord(name, gender(text(id, GENDER, "gender")), Nation.foreign(text(id, NATIONALITY, "nationality")),
                birthDate(text(id, BIRTH_DATE, "birth date")), fullAddress, text(id, NATIONAL_NUMBER, "national number"), text(id, DELIVERY_MUNICIPALITY, "issuing municipality"),
                validity, new Photo(photo.length == 0 ? PhotoFormat.NONE : PhotoFormat.JPEG, photo), raw.toByteArray());
    }

    static Sex gender(String code) {
        return switch (code) {
            case "M" -> Sex.MALE;
            case "F", "V", "W" -> Sex.FEMALE;
            default -> throw new IllegalArgumentException("gender must be M, F, V or W");
        };
    }

    /** Parses {@code 14 MAI 1975}, {@code 14 MEI 1975}, {@code 14.MAR.1975} and the like. */
    static LocalDate birthDate(String value) {
        String[] parts = value.trim().toUpperCase(Locale.ROOT).split("[ .]+");
        if (parts.length != 3 || !MONTHS.containsKey(parts[1])) {
            if (value.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                return dottedDate(value);
            }
            throw new IllegalArgumentException("birth date is not DD MMM YYYY");
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[2]), MONTHS.get(parts[1]), Integer.parseInt(parts[0]));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("birth date is not a real date");
        }
    }

    static LocalDate dottedDate(String value) {
        String[] parts = value.split("\\.");
        try {
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("validity date is not DD.MM.YYYY");
        }
    }

    private static String text(Map<Integer, byte[]> file, int tag, String field) {
        byte[] value = file.get(tag);
        if (value == null) {
            throw new IllegalArgumentException(field + " (tag " + tag + ") is missing");
        }
        return CardTextFields.utf8(field, value);
    }
}
