package org.onetrip.kiosk.issuance;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateColumn;
import org.onetrip.kiosk.backend.ApprovalContract.DataCertificate;
import org.onetrip.kiosk.certificate.CertificateData;
import org.onetrip.kiosk.certificate.CertificateField;
import org.onetrip.kiosk.certificate.CertificateHolder;
import org.onetrip.kiosk.certificate.CertificateTable;

/** A {@code DataCertificate} from the backend as the renderer's {@link CertificateData} (see docs/certificates.md). */
final class DataCertificateMapping {

    private static final String NAME = "name";
    private static final String ID_NUMBER = "idNumber";

    private DataCertificateMapping() {
    }

    /**
     * @throws IllegalArgumentException when the answer lacks the holder or has a malformed value
     *     (the message names the field, never its value)
     */
    static CertificateData toData(DataCertificate data, CertificateType type, URI verificationBase, ZoneId zone) {
        String name = field(data, NAME).orElseThrow(() -> new IllegalArgumentException("the data has no field 'name'"));
        String idNumber = field(data, ID_NUMBER)
                .orElseThrow(() -> new IllegalArgumentException("the data has no field 'idNumber'"));
        List<CertificateField> fields = data.fields().stream()
                .filter(f -> !NAME.equals(f.key()) && !ID_NUMBER.equals(f.key()))
                .map(f -> new CertificateField(f.label(), f.value() == null ? "" : f.value()))
                .toList();
        Optional<CertificateTable> table = Optional.empty();
        if (!data.columns().isEmpty()) {
            List<String> headers = data.columns().stream().map(CertificateColumn::label).toList();
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, String> row : data.rows()) {
                rows.add(data.columns().stream().map(c -> row.getOrDefault(c.key(), "")).map(v -> v == null ? "" : v)
                        .toList());
            }
            table = Optional.of(new CertificateTable(headers, rows));
        }
        LocalDate issuedOn;
        Optional<LocalDate> validUntil;
        try {
            issuedOn = OffsetDateTime.parse(data.issuedAt()).atZoneSameInstant(zone).toLocalDate();
            validUntil = data.validUntil() == null ? Optional.empty() : Optional.of(LocalDate.parse(data.validUntil()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("issuedAt or validUntil is not a date: " + e.getClass().getSimpleName());
        }
        URI verificationUrl = URI.create(verificationBase + "?code="
                + URLEncoder.encode(data.verificationCode(), StandardCharsets.UTF_8));
        return new CertificateData(type.code(), data.title(), Optional.of(type.name().en()), data.verificationCode(),
                new CertificateHolder(name, idNumber), fields, table, data.notes(), data.issuer(), issuedOn, validUntil,
                verificationUrl);
    }

    private static Optional<String> field(DataCertificate data, String key) {
        return data.fields().stream().filter(f -> key.equals(f.key())).map(f -> f.value()).filter(v -> v != null)
                .findFirst();
    }
}
