package org.onetrip.backend.store;

import java.time.Instant;

/** A kiosk's enrolled public key (X.509 SubjectPublicKeyInfo, DER). */
public record KioskKey(String kioskId, String keyId, String algorithm, byte[] publicKey, Instant enrolledAt) {
}
