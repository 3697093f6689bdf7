package org.onetrip.backend.certificate;

import java.util.List;
import java.util.Map;

/**
 * The content of a certificate, independent of how it is delivered.
 *
 * @param rows table rows, each keyed by the {@link Column#key()}s; empty for certificates without a table
 */
public record CertificateDocument(
        String title,
        String issuer,
        List<Field> fields,
        List<Column> columns,
        List<Map<String, String>> rows,
        List<String> notes,
        String validUntil) {

    /** A labelled value, e.g. 姓名: 张伟. */
    public record Field(String key, String label, String value) {
    }

    /** A table column. */
    public record Column(String key, String label) {
    }
}
