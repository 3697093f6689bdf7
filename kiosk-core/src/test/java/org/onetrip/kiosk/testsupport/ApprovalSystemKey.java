package org.onetrip.kiosk.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.onetrip.kiosk.sealing.SealedBody;
import org.onetrip.kiosk.sealing.SealingKey;
import org.onetrip.kiosk.sealing.SealingKeys;

/**
 * The approval system's side of sealing, for tests without a backend: an HPKE key pair whose public half a
 * kiosk keeps, as it does once it has met its backend, and whose private half opens what the kiosk sealed.
 */
public final class ApprovalSystemKey {

    private final HybridDecrypt decrypt;
    private final SealingKey key;

    private ApprovalSystemKey(KeysetHandle privateKeyset) throws GeneralSecurityException {
        this.decrypt = privateKeyset.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
        HpkePrivateKey privateKey = (HpkePrivateKey) privateKeyset.getPrimary().getKey();
        byte[] x = privateKey.getPublicKey().getPublicKeyBytes().toByteArray();
        this.key = new SealingKey(SealingKey.thumbprint(x), x);
    }

    public static ApprovalSystemKey generate() {
        try {
            HybridConfig.register();
            return new ApprovalSystemKey(KeysetHandle.generateNew(HpkeParameters.builder()
                    .setVariant(HpkeParameters.Variant.NO_PREFIX)
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .build()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public SealingKey key() {
        return key;
    }

    /** The kiosk's sealing keys in {@code dataDir}, pinned to this key and holding it as if met before. */
    public SealingKeys keptIn(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
            Files.write(dataDir.resolve("sealing-key.json"), new ObjectMapper().writeValueAsBytes(Map.of(
                    "kty", "OKP", "crv", "X25519", "x", key.xBase64Url(), "kid", key.kid())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SealingKeys.open(Set.of(key.kid()), dataDir, clock);
    }

    /** What only the approval system can do: open a sealed body. */
    public byte[] open(SealedBody body, String context) {
        try {
            return decrypt.decrypt(body.bytes(), context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed body does not open under " + context, e);
        }
    }
}
