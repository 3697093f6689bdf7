package org.onetrip.kiosk.certificate;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate the backend issued as data, for the kiosk to lay out. The holder's name and
 * ID number appear here unmasked; the renderer applies the type's masking to every text it prints.
 *
 * @param typeCode          catalog code of the certificate type, e.g. {@code ZM-HJ}
 * @param title             Chinese title, e.g. 户籍证明
 * @param titleEn           English subtitle, if the type has one
 * @param verificationCode  the code a bank or school enters to verify the certificate, e.g. {@code 7K2M-Q9XD-40TB}
 * @param holder            whom the certificate is about
 * @param fields            labelled values in the order they are printed
 * @param table             rows that may flow across pages, e.g. monthly contributions
 * @param notes             sentences printed after the body, e.g. what the certificate covers
 * @param issuingAuthority  the authority whose seal is printed
 * @param issuedOn          day of issue
 * @param validUntil        last day of validity, if limited
 * @param verificationUrl   address the QR code holds
 */
public record CertificateData(String typeCode, String title, Optional<String> titleEn, String verificationCode,
                              CertificateHolder holder, List<CertificateField> fields,
                              Optional<CertificateTable> table, List<String> notes, String issuingAuthority,
                              LocalDate issuedOn, Optional<LocalDate> validUntil, URI verificationUrl) {

    public CertificateData {
        requireText(typeCode, "typeCode");
        requireText(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        requireText(verificationCode, "verificationCode");
        Objects.requireNonNull(holder, "holder");
        fields = List.copyOf(fields);
        Objects.requireNonNull(table, "table");
        notes = List.copyOf(notes);
        requireText(issuingAuthority, "issuingAuthority");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        validUntil.ifPresent(last -> {
            if (last.isBefore(issuedOn)) {
                throw new IllegalArgumentException("validUntil " + last + " is before issuedOn " + issuedOn);
            }
        });
    }

    static void requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
