package org.onetrip.backend.certificate;

import java.util.List;
import java.util.Map;

/** The answer to an issue call: the data to render, or a finished signed PDF. */
public sealed interface IssuedCertificate {

    String kind();

    String verificationCode();

    /** Schema {@code DataCertificate}: the kiosk lays the content out itself. */
    record Data(String kind, String verificationCode, String type, String title, String issuer, String issuedAt,
                String validUntil, List<CertificateDocument.Field> fields, List<CertificateDocument.Column> columns,
                List<Map<String, String>> rows, List<String> notes) implements IssuedCertificate {
    }

    /** Schema {@code PdfCertificate}: print the PDF as it is. */
    record Pdf(String kind, String verificationCode, String type, String title, String issuedAt, String validUntil,
               int pageCount, String pdfBase64, String pdfSha256, DetachedSignature signature)
            implements IssuedCertificate {
    }

    /** An Ed25519 signature over the PDF bytes; the key is published at {@code GET /certificates/issuer-key}. */
    record DetachedSignature(String algorithm, String keyId, String value) {
    }
}
