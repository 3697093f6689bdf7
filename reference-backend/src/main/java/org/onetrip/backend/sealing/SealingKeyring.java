package org.onetrip.backend.sealing;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backend's HPKE key pairs (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM), which
 * kiosks seal filings to. The newest is the current one, published to kiosks; older ones stay to open
 * what kiosks sealed before a rotation and still hold in their outboxes. Kept as a Tink JSON keyset in
 * {@code DATA_DIR/sealing-keys.json}, mode 0600.
 *
 * <p>Thread-safe.
 */
public final class SealingKeyring {

    /** The one HPKE suite of the contract; no prefix, so the ciphertext is RFC 9180's {@code enc || ct}. */
    public static final HpkeParameters SUITE = suite();

    private static final String FILE_NAME = "sealing-keys.json";

    private final Path file;
    private KeysetHandle keyset;
    private Map<String, HybridDecrypt> openers;
    private SealingJwk current;

    private SealingKeyring(Path file, KeysetHandle keyset) throws GeneralSecurityException {
        this.file = file;
        use(keyset);
    }

    /** Whether {@code dataDir} holds a keyring. */
    public static boolean isIn(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    /** Reads the keyring in {@code dataDir}, or creates it with one fresh key pair. */
    public static SealingKeyring openOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            HybridConfig.register();
            if (Files.exists(file)) {
                KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(
                        Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
                return new SealingKeyring(file, keyset);
            }
            KeysetHandle fresh = KeysetHandle.generateNew(SUITE);
            write(file, fresh);
            return new SealingKeyring(file, fresh);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealing keyring " + file + " cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sealing keyring " + file, e);
        }
    }

    /** The public key kiosks seal new filings to. */
    public synchronized SealingJwk current() {
        return current;
    }

    /** Every public key that still opens something, newest first. */
    public synchronized List<SealingJwk> all() {
        List<SealingJwk> keys = new ArrayList<>();
        for (int i = keyset.size() - 1; i >= 0; i--) {
            keys.add(SealingJwk.of((HpkePrivateKey) keyset.getAt(i).getKey()));
        }
        return keys;
    }

    /**
     * Adds a new key pair and makes it current; the older ones keep opening what was sealed to them.
     *
     * @return the new current key
     */
    public synchronized SealingJwk rotate() {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(SUITE).withRandomId().makePrimary());
            KeysetHandle rotated = builder.build();
            write(file, rotated);
            use(rotated);
            return current;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot add a sealing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sealing keyring " + file, e);
        }
    }

    /**
     * Opens what a kiosk sealed to the key {@code keyId} under {@code context}.
     *
     * @return empty when the key is unknown here
     * @throws GeneralSecurityException when the bytes do not open: changed, or sealed under another context
     */
    public Optional<byte[]> open(String keyId, byte[] sealed, String context) throws GeneralSecurityException {
        HybridDecrypt opener;
        synchronized (this) {
            opener = openers.get(keyId);
        }
        if (opener == null) {
            return Optional.empty();
        }
        return Optional.of(opener.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8)));
    }

    private void use(KeysetHandle handle) throws GeneralSecurityException {
        Map<String, HybridDecrypt> byId = new LinkedHashMap<>();
        for (int i = 0; i < handle.size(); i++) {
            KeysetHandle.Entry entry = handle.getAt(i);
            KeysetHandle single = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(entry.getKey()).withFixedId(entry.getId()).makePrimary())
                    .build();
            byId.put(SealingJwk.of((HpkePrivateKey) entry.getKey()).keyId(),
                    single.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class));
        }
        this.keyset = handle;
        this.openers = Map.copyOf(byId);
        this.current = SealingJwk.of((HpkePrivateKey) handle.getPrimary().getKey());
    }

    private static void write(Path file, KeysetHandle keyset) throws IOException, GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(part, json, StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static HpkeParameters suite() {
        try {
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
