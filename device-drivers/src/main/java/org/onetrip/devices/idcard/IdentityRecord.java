package org.onetrip.devices.idcard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

import org.onetrip.devices.privacy.Masking;

/**
 * The identity read from a card. Holds personal data: {@link #toString()} masks it, and
 * {@link #wipe()} must be called when the citizen's session ends.
 *
 * <p>Wiping zeroes the arrays this record owns (the photo and the raw card data). Java
 * strings cannot be cleared; the text fields become unreachable with the record.
 *
 * @param name      full name as printed
 * @param sex       sex
 * @param nation    ethnic group (GB 3304) or nationality
 * @param birthDate date of birth
 * @param address   address as printed
 * @param idNumber  the card's identity number (18 characters for a resident ID card)
 * @param authority the issuing authority
 * @param validity  validity period
 * @param photo     the photo bytes with their format
 * @param raw       the card data the fields were decoded from (kept for audit, wiped with the record)
 * @throws IllegalArgumentException when a text field holds a control character or an unpaired
 *         surrogate (see {@link CardText}); the message names the field, not its content
 */
public record IdentityRecord(String name, Sex sex, Nation nation, LocalDate birthDate, String address,
                             String idNumber, String authority, CardValidity validity, Photo photo, byte[] raw) {
    public IdentityRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(raw, "raw");
        CardText.checked("name", name);
        CardText.checked("address", address);
        CardText.checked("ID number", idNumber);
        CardText.checked("authority", authority);
    }

    /** Zeroes the photo and the raw card data. Safe to call more than once. */
    public void wipe() {
        photo.wipe();
        Arrays.fill(raw, (byte) 0);
    }

    /** Whether every byte this record owns is zero. */
    public boolean isWiped() {
        for (byte b : photo.bytes()) {
            if (b != 0) {
                return false;
            }
        }
        for (byte b : raw) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Masked as {@link Masking} says: {@code IdentityRecord[name=张*, idNumber=1101**********1239, ...]}. */
    @Override
    public String toString() {
        return "IdentityRecord[name=" + Masking.name(name) + ", idNumber=" + Masking.identifier(idNumber)
                + ", validity=" + validity + ", photo=" + photo + "]";
    }
}
