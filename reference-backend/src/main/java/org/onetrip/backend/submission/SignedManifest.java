package org.onetrip.backend.submission;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of a create call: the manifest and the kiosk's signature over its canonical form
 * ({@link CanonicalJson}).
 *
 * @param signature base64 of the signature bytes (raw 64 bytes for Ed25519, DER for ECDSA)
 * @param keyId     which of the kiosk's enrolled keys signed
 * @param algorithm {@code Ed25519} or {@code SHA256withECDSA}
 */
public record SignedManifest(JsonNode manifest, String signature, String keyId, String algorithm) {
}
