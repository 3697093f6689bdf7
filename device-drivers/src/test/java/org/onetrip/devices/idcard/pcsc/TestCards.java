package org.onetrip.devices.idcard.pcsc;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.transport.pcsc.FileSystemCard;

/** Card images for PC/SC tests. The people are fictitious. */
final class TestCards {
    static final byte[] ATR = HexFormat.of().parseHex("3B9813400AA503010101AD1311");
    static final byte[] ONETRIP_AID = HexFormat.of().parseHex("F04F4E455452495001");
    static final byte[] IDENTITY_FILE = HexFormat.of().parseHex("DF105F01");
    static final byte[] JPEG = jpeg(3000);

    private TestCards() {
    }

    static TlvIdentityLayout residentLayout() {
        return new TlvIdentityLayout("OneTrip TLV identity", Optional.of(ONETRIP_AID), IDENTITY_FILE, Optional.empty(),
                Map.of(IdentityField.NAME, 1, IdentityField.SEX, 2, IdentityField.NATION, 3, IdentityField.BIRTH_DATE, 4,
                        IdentityField.ADDRESS, 5, IdentityField.ID_NUMBER, 6, IdentityField.AUTHORITY, 7,
                        IdentityField.VALID_FROM, 8, IdentityField.VALID_TO, 9),
                DateTimeFormatter.BASIC_ISO_DATE, true);
    }

    /** A card holding a deck identity in the generic TLV layout above. */
    static FileSystemCard residentCard(String key) {
        return new FileSystemCard(ATR)
                .withUid(uid(key))
                .withApplication(ONETRIP_AID, HexFormat.of().parseHex("6F0A8409F04F4E455452495001"))
                .withFile(IDENTITY_FILE, residentCardFile(key));
    }

    /** The identity file of a deck identity in the generic TLV layout. */
    static byte[] residentCardFile(String key) {
        IdentityRecord id = IdentityDeck.standard().card(key);
        List<SimpleTlv.Element> elements = new ArrayList<>();
        elements.add(text(1, id.name()));
        elements.add(text(2, String.valueOf(id.sex().code())));
        elements.add(text(3, id.nation().code()));
        elements.add(text(4, id.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE)));
        elements.add(text(5, id.address()));
        elements.add(text(6, id.idNumber()));
        elements.add(text(7, id.authority()));
        elements.add(text(8, id.validity().from().format(DateTimeFormatter.BASIC_ISO_DATE)));
        elements.add(text(9, id.validity().until().map(d -> d.format(DateTimeFormatter.BASIC_ISO_DATE)).orElse("长期")));
        return SimpleTlv.encode(elements);
    }

    /** The 7-byte UID of a deck identity's contactless test card. */
    static byte[] uid(String key) {
        return java.util.Arrays.copyOf(IdentityDeck.standard().chipSerial(key), 7);
    }

    static byte[] belgianIdentityFile() {
        List<SimpleTlv.Element> e = new ArrayList<>();
        e.add(text(1, "592123456789"));
        e.add(new SimpleTlv.Element(2, HexFormat.of().parseHex("534C494E33660013930D2C2B04072D2B")));
        e.add(text(3, "01.02.2022"));
        e.add(text(4, "01.02.2032"));
        e.add(text(5, "Leuven"));
        e.add(text(6, "75051412345"));
        e.add(text(7, "Peeters"));
        e.add(text(8, "Jan Marie"));
        e.add(text(9, "J"));
        e.add(text(10, "Belg"));
        e.add(text(11, "Brugge"));
        e.add(text(12, "14 MEI 1975"));
        e.add(text(13, "M"));
        e.add(new SimpleTlv.Element(15, new byte[] {0x01}));
        e.add(new SimpleTlv.Element(17, new byte[20]));
        // long enough to need two READ BINARY chunks of 255 bytes
        e.add(new SimpleTlv.Element(0, new byte[150]));
        return SimpleTlv.encode(e);
    }

    static byte[] belgianAddressFile() {
        return SimpleTlv.encode(List.of(text(1, "Naamsestraat 22"), text(2, "3000"), text(3, "Leuven")));
    }

    static FileSystemCard belgianCard() {
        return new FileSystemCard(ATR)
                .withApplication(BelgianEidProfile.BELPIC_AID, new byte[] {0x6F, 0x00})
                .withFile(BelgianEidProfile.IDENTITY_PATH, belgianIdentityFile())
                .withFile(BelgianEidProfile.ADDRESS_PATH, belgianAddressFile())
                .withFile(BelgianEidProfile.PHOTO_PATH, JPEG);
    }

    static SimpleTlv.Element text(int tag, String value) {
        return new SimpleTlv.Element(tag, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] jpeg(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(3).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[length - 2] = (byte) 0xFF;
        bytes[length - 1] = (byte) 0xD9;
        return bytes;
    }
}
