package org.onetrip.backend.submission;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.store.BackendStore;
import org.onetrip.backend.store.KioskKey;

/** Tells a genuine kiosk's manifest from anything else, using the kiosk's enrolled public key. */
public final class ManifestVerifier {

    private final BackendStore store;

    public ManifestVerifier(BackendStore store) {
        this.store = store;
    }

    /**
     * @throws ApiException 401 {@link ErrorCode#UNKNOWN_KEY} when the key is not enrolled for this
     *                      kiosk, 401 {@link ErrorCode#BAD_SIGNATURE} when the signature does not verify
     */
    public void verify(String kioskId, SignedManifest envelope, byte[] canonicalManifest) {
        if (envelope.keyId() == null || envelope.signature() == null || envelope.algorithm() == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the envelope needs manifest, signature, keyId and algorithm");
        }
        KioskKey key = store.key(kioskId, envelope.keyId()).orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_KEY,
                "key " + envelope.keyId() + " is not enrolled for kiosk " + kioskId));
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromWire(envelope.algorithm())
                .filter(a -> a.wireName().equals(key.algorithm()))
                .orElseThrow(() -> new ApiException(ErrorCode.BAD_SIGNATURE,
                        "algorithm " + envelope.algorithm() + " does not match the enrolled key's " + key.algorithm()));
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(envelope.signature());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_SIGNATURE, "the signature is not valid base64");
        }
        if (!verifies(algorithm, key.publicKey(), canonicalManifest, signature)) {
            throw new ApiException(ErrorCode.BAD_SIGNATURE, "the manifest signature does not verify");
        }
    }

    static boolean verifies(SignatureAlgorithm algorithm, byte[] publicKey, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm.signatureAlgorithm());
            verifier.initVerify(publicKey(algorithm, publicKey));
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // a malformed signature (bad DER, wrong length) is just a signature that does not verify
            return false;
        }
    }

    /** Decodes an X.509 SubjectPublicKeyInfo for {@code algorithm}. */
    static PublicKey publicKey(SignatureAlgorithm algorithm, byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm.keyAlgorithm()).generatePublic(new X509EncodedKeySpec(encoded));
    }
}
