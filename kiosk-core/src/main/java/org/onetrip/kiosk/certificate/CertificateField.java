package org.onetrip.kiosk.certificate;

import java.util.Objects;

/** A labelled value of the certificate's body, e.g. 户籍地址: 北京市东城区景山前街4号. */
public record CertificateField(String label, String value) {

    public CertificateField {
        CertificateData.requireText(label, "field label");
        Objects.requireNonNull(value, "value of " + label);
    }
}
