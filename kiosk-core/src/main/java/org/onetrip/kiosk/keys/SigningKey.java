package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * The kiosk's Ed25519 key pair that signs submission manifests, so the approval system can
 * tell a genuine kiosk. The private key is {@code keys/manifest-signing.key} (PKCS#8 DER, mode
 * 0600), the public key {@code keys/manifest-signing.pub} (X.509 DER); both are created on first
 * start. Thread-safe.
 */
public final class SigningKey {

    /** The algorithm name on the wire and in the JDK. */
    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_FILE = "manifest-signing.key";
    public static final String PUBLIC_FILE = "manifest-signing.pub";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = "ed25519-" + HexFormat.of().formatHex(sha256(publicKey.getEncoded()), 0, 8);
    }

    /**
     * Reads the key pair from {@code keysDir}, or generates and stores a new one when absent.
     *
     * @throws KeyFileException when the files cannot be written or read, or do not hold an Ed25519 pair
     */
    public static SigningKey openOrCreate(Path keysDir) {
        Path privateFile = keysDir.resolve(PRIVATE_FILE);
        Path publicFile = keysDir.resolve(PUBLIC_FILE);
        try {
            PrivateFiles.createDirectory(keysDir);
            if (!Files.exists(privateFile)) {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                // the public half first: a crash in between leaves no private key, so the next start starts over
                PrivateFiles.writeDurably(publicFile, pair.getPublic().getEncoded());
                PrivateFiles.writeDurably(privateFile, pair.getPrivate().getEncoded());
            }
            if (PrivateFiles.readableByOthers(privateFile)) {
                throw new KeyFileException("the signing key " + privateFile
                        + " is readable by other users; make it mode 0600");
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
            return new SigningKey(privateKey, publicKey);
        } catch (IOException e) {
            throw new KeyFileException("cannot create or read the signing key in " + keysDir, e);
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("the signing key files in " + keysDir + " do not hold an Ed25519 key pair", e);
        }
    }

    /** Short stable name of this key, e.g. {@code ed25519-3f9a0c1b2d4e5f60}. */
    public String keyId() {
        return keyId;
    }

    /** X.509 SubjectPublicKeyInfo (DER), as enrolled with the approval system. */
    public byte[] publicKeyDer() {
        return publicKey.getEncoded();
    }

    /** The raw 64-byte Ed25519 signature of {@code data}. */
    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} is this key's signature of {@code data}. */
    public boolean verifies(byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
