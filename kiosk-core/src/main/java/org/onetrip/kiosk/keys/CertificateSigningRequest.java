package org.onetrip.kiosk.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A PKCS#10 certificate signing request for the kiosk's identity key, signed by that key.
 *
 * @param der the request, DER-encoded
 */
public record CertificateSigningRequest(byte[] der) {

    public CertificateSigningRequest {
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    /** The request as PEM ({@code -----BEGIN CERTIFICATE REQUEST-----}), lines of 64 characters. */
    public String pem() {
        return "-----BEGIN CERTIFICATE REQUEST-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateSigningRequest request && Arrays.equals(der, request.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "CertificateSigningRequest[" + der.length + " bytes]";
    }
}
