package org.onetrip.devices.idcard.pcsc;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.onetrip.devices.idcard.CardValidity;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.Nation;
import org.onetrip.devices.idcard.Photo;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.Sex;

/**
 * Reads identity fields from one TLV file described by a {@link TlvIdentityLayout}, for
 * cards that are not covered by a published profile. Values are UTF-8. A sex value may be a
 * GB/T 2261.1 code, {@code M}/{@code F} or {@code 男}/{@code 女}; a two-digit nation is
 * looked up in GB 3304, anything else is kept as a nationality.
 */
public final class GenericTlvProfile implements CardProfile {
    private static final int CHUNK = 0xFF;
    private final TlvIdentityLayout layout;

    public GenericTlvProfile(TlvIdentityLayout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return layout.name();
    }

    @Override
    public boolean hasResidentIdNumber() {
        return layout.residentIdNumber();
    }

    @Override
    public Optional<IdentityRecord> read(IsoCardSession session) throws IOException {
        try {
            if (layout.aid().isPresent()) {
                session.selectAid(layout.aid().get(), true);
            }
            session.selectPath(layout.filePath());
        } catch (CardCommandException e) {
            if (CardProfile.isNotThisCard(e)) {
                return Optional.empty();
            }
            throw e;
        }
        byte[] file = session.readBinary(CHUNK);
        byte[] photo = new byte[0];
        if (layout.photoPath().isPresent()) {
            session.selectPath(layout.photoPath().get());
            photo = session.readBinary(CHUNK);
        }
        return Optional.of(toRecord(file, photo));
    }

    /** The ID number field: the card number such cards carry. */
    @Override
    public Optional<byte[]> cardNumber(IsoCardSession session) throws IOException {
        try {
            if (layout.aid().isPresent()) {
                session.selectAid(layout.aid().get(), true);
            }
            session.selectPath(layout.filePath());
        } catch (CardCommandException e) {
            if (CardProfile.isNotThisCard(e)) {
                return Optional.empty();
            }
            throw e;
        }
        byte[] file = session.readBinary(CHUNK);
        try {
            return Optional.ofNullable(SimpleTlv.byTag(file).get(layout.tags().get(IdentityField.ID_NUMBER))).map(byte[]::clone);
        } finally {
            java.util.Arrays.fill(file, (byte) 0);
        }
    }

    /** Builds the record from the identity file; the record owns the arrays afterwards. */
    public IdentityRecord toRecord(byte[] file, byte[] photo) {
        Map<Integer, byte[]> values = SimpleTlv.byTag(file);
        String nation = text(values, IdentityField.NATION);
        String validTo = layout.tags().containsKey(IdentityField.VALID_TO) && values.containsKey(layout.tags().get(IdentityField.VALID_TO))
                ? text(values, IdentityField.VALID_TO) : "";
        LocalDate from = date(values, IdentityField.VALID_FROM);
        CardValidity validity = validTo.isEmpty() || validTo.equals(CardValidity.LONG_TERM_TEXT)
                ? CardValidity.longTerm(from) : CardValidity.between(from, parse(validTo, IdentityField.VALID_TO));
        return new IdentityRecord(text(values, IdentityField.NAME), sex(text(values, IdentityField.SEX)),
                Nation.ofCode(nation).orElse(Nation.foreign(nation)), date(values, IdentityField.BIRTH_DATE),
                text(values, IdentityField.ADDRESS), text(values, IdentityField.ID_NUMBER), text(values, IdentityField.AUTHORITY),
                validity, new Photo(photo.length == 0 ? PhotoFormat.NONE : PhotoFormat.JPEG, photo), file);
    }

    private static Sex sex(String value) {
        return switch (value) {
            case "1", "M", "男" -> Sex.MALE;
            case "2", "F", "女" -> Sex.FEMALE;
            case "0" -> Sex.UNKNOWN;
            case "9" -> Sex.UNSPECIFIED;
            default -> throw new IllegalArgumentException("sex value is not one of 0, 1, 2, 9, M, F, 男, 女");
        };
    }

    private LocalDate date(Map<Integer, byte[]> values, IdentityField field) {
        return parse(text(values, field), field);
    }

    private LocalDate parse(String value, IdentityField field) {
        try {
            return LocalDate.parse(value, layout.dates());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " does not match the configured date format");
        }
    }

    private String text(Map<Integer, byte[]> values, IdentityField field) {
        byte[] value = values.get(layout.tags().get(field));
        if (value == null) {
            throw new IllegalArgumentException(field + " (tag " + layout.tags().get(field) + ") is missing");
        }
        return CardTextFields.utf8(field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), value);
    }
}
