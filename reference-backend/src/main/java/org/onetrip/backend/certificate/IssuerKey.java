package org.onetrip.backend.certificate;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import org.onetrip.backend.store.BackendStore;
import org.onetrip.backend.store.Digests;

/**
 * The Ed25519 key the backend signs issued PDFs with. Made on first start and kept in the
 * database, so signatures stay verifiable across restarts.
 */
public final class IssuerKey {

    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final String keyId;

    public IssuerKey(BackendStore store) {
        try {
            KeyPair fresh = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            // both halves in one row, so a crash can never leave a private key with a foreign public one
            ByteBuffer pair = ByteBuffer.wrap(store.settingIfAbsent("issuer.keypair", encode(fresh)));
            byte[] pkcs8 = new byte[pair.getShort()];
            pair.get(pkcs8);
            this.publicKey = new byte[pair.remaining()];
            pair.get(publicKey);
            this.privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            this.keyId = "issuer-" + HexFormat.of().formatHex(Digests.sha256(publicKey), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK 15+", e);
        }
    }

    private static byte[] encode(KeyPair pair) {
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] x509 = pair.getPublic().getEncoded();
        return ByteBuffer.allocate(2 + pkcs8.length + x509.length)
                .putShort((short) pkcs8.length).put(pkcs8).put(x509).array();
    }

    /** The signature of {@code data}, 64 bytes. */
    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the issuer key", e);
        }
    }

    /** X.509 SubjectPublicKeyInfo, DER. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String keyId() {
        return keyId;
    }
}
