package org.onetrip.kiosk.sealing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The approval system's public key that filings are sealed to: X25519 for HPKE, as the contract's
 * {@code GET /sealing-keys} publishes it (an RFC 8037 JWK). Its id is its RFC 7638 thumbprint, the value
 * the configuration pins, so a pinned id names exactly one key.
 *
 * @param kid the thumbprint
 * @param x   the 32 public key bytes
 */
public record SealingKey(String kid, byte[] x) {

    public SealingKey {
        Objects.requireNonNull(kid, "kid");
        if (x == null || x.length != 32) {
            throw new IllegalArgumentException("an X25519 public key has 32 bytes");
        }
        x = x.clone();
        if (!kid.equals(thumbprint(x))) {
            throw new IllegalArgumentException("the key's kid " + kid + " is not its thumbprint " + thumbprint(x));
        }
    }

    /**
     * From the JWK members.
     *
     * @throws IllegalArgumentException when it is not an X25519 key or its kid is not its thumbprint
     */
    public static SealingKey fromJwk(String kty, String crv, String x, String kid) {
        if (!"OKP".equals(kty) || !"X25519".equals(crv) || x == null || kid == null) {
            throw new IllegalArgumentException("a sealing key must be an OKP/X25519 JWK with x and kid");
        }
        return new SealingKey(kid, Base64.getUrlDecoder().decode(x));
    }

    @Override
    public byte[] x() {
        return x.clone();
    }

    /** {@code x} as the JWK writes it. */
    public String xBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(x);
    }

    /** RFC 7638: SHA-256 of the required members in lexicographic order, base64url without padding. */
    public static String thumbprint(byte[] x) {
        String canonical = "{\"crv\":\"X25519\",\"kty\":\"OKP\",\"x\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(x) + "\"}";
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealingKey other && kid.equals(other.kid) && Arrays.equals(x, other.x);
    }

    @Override
    public int hashCode() {
        return kid.hashCode();
    }

    @Override
    public String toString() {
        return "SealingKey[" + kid + "]";
    }
}
