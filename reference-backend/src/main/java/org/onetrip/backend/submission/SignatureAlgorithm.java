package org.onetrip.backend.submission;

import java.util.Arrays;
import java.util.Optional;

/** The signature algorithms a kiosk key may use, by the names the contract uses on the wire. */
public enum SignatureAlgorithm {
    ED25519("Ed25519", "Ed25519", "Ed25519"),
    /** ECDSA over NIST P-256 with SHA-256; the signature is DER-encoded. */
    ECDSA_P256_SHA256("SHA256withECDSA", "EC", "SHA256withECDSA");

    private final String wireName;
    private final String keyAlgorithm;
    private final String signatureAlgorithm;

    SignatureAlgorithm(String wireName, String keyAlgorithm, String signatureAlgorithm) {
        this.wireName = wireName;
        this.keyAlgorithm = keyAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String wireName() {
        return wireName;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public static Optional<SignatureAlgorithm> fromWire(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
