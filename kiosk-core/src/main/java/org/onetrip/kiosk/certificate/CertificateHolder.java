package org.onetrip.kiosk.certificate;

import org.onetrip.devices.privacy.Masking;

/**
 * The person a certificate is about, or the person whose card is in the reader.
 *
 * @param name     full name as on the resident ID card
 * @param idNumber 18-character resident ID number
 */
public record CertificateHolder(String name, String idNumber) {

    public CertificateHolder {
        CertificateData.requireText(name, "holder name");
        CertificateData.requireText(idNumber, "holder ID number");
    }

    /** Never prints the name or the full ID number, so a holder can be logged. */
    @Override
    public String toString() {
        return "CertificateHolder[" + Masking.identifier(idNumber) + "]";
    }
}
