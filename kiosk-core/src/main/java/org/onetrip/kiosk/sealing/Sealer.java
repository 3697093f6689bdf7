package org.onetrip.kiosk.sealing;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.util.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Seals bytes to one {@link SealingKey} with HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256),
 * HKDF-SHA256, AES-256-GCM) through Tink. Only the approval system's private key opens them. The
 * {@code context} becomes HPKE's {@code info}, so sealed bytes open only as what they were sealed as.
 *
 * <p>Thread-safe.
 */
public final class Sealer {

    private static final HpkeParameters SUITE = suite();

    private final SealingKey key;
    private final HybridEncrypt encrypt;

    public Sealer(SealingKey key) {
        this.key = key;
        try {
            HpkePublicKey publicKey = HpkePublicKey.create(SUITE, Bytes.copyFrom(key.x()), null);
            this.encrypt = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(publicKey).withRandomId().makePrimary())
                    .build()
                    .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot seal to " + key + ": " + e.getMessage(), e);
        }
    }

    public SealingKey key() {
        return key;
    }

    public SealedBody seal(byte[] plain, String context) {
        try {
            return new SealedBody(key.kid(), encrypt.encrypt(plain, context.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HPKE sealing failed", e);
        }
    }

    private static HpkeParameters suite() {
        try {
            HybridConfig.register();
            return HpkeParameters.builder()
                    .setVariant(HpkeParameters.Variant.NO_PREFIX)
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
