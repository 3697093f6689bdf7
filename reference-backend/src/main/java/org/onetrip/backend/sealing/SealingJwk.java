package org.onetrip.backend.sealing;

import com.google.crypto.tink.hybrid.HpkePrivateKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A sealing public key as the contract publishes it: an RFC 8037 JWK ({@code kty OKP}, {@code crv X25519})
 * whose {@code kid} is its RFC 7638 thumbprint, which kiosks pin in their configuration.
 *
 * @param kty always {@code OKP}
 * @param crv always {@code X25519}
 * @param x   the public key, base64url without padding
 * @param kid the thumbprint, base64url SHA-256 of {@code {"crv":"X25519","kty":"OKP","x":"…"}}
 * @param use always {@code enc}
 * @param alg the HPKE suite, {@code HPKE-Base-X25519-SHA256-A256GCM}
 */
public record SealingJwk(String kty, String crv, String x, String kid, String use, String alg) {

    public static final String ALGORITHM = "HPKE-Base-X25519-SHA256-A256GCM";

    static SealingJwk of(HpkePrivateKey key) {
        String x = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.getPublicKey().getPublicKeyBytes().toByteArray());
        return new SealingJwk("OKP", "X25519", x, thumbprint(x), "enc", ALGORITHM);
    }

    public String keyId() {
        return kid;
    }

    /** RFC 7638: the required members in lexicographic order, no white space. */
    static String thumbprint(String x) {
        String canonical = "{\"crv\":\"X25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
