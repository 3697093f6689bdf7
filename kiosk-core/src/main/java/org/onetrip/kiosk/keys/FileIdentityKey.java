package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The identity key in files of the key directory: {@value #PRIVATE_FILE} (PKCS#8 DER, mode 0600)
 * and {@value #PUBLIC_FILE} (X.509 DER). Anyone who can read the private file as the kiosk user
 * or root can copy the key and act as the kiosk elsewhere: not hardware-protected.
 */
public final class FileIdentityKey extends KioskIdentityKey {

    public static final String PRIVATE_FILE = "identity.key";
    public static final String PUBLIC_FILE = "identity.pub";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private FileIdentityKey(Path keysDirectory, PrivateKey privateKey, PublicKey publicKey) {
        super(keysDirectory);
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Whether {@code keysDirectory} holds a file identity key. */
    static boolean isHeldIn(Path keysDirectory) {
        return Files.exists(keysDirectory.resolve(PRIVATE_FILE));
    }

    /**
     * Reads the key pair from {@code keysDirectory}, or generates and stores a new EC P-256 pair
     * when there is none.
     *
     * @throws KeyFileException when the files cannot be written or read, are readable by other
     *                          users, or do not hold a matching EC P-256 pair
     */
    static FileIdentityKey openOrCreate(Path keysDirectory) {
        Path privateFile = keysDirectory.resolve(PRIVATE_FILE);
        Path publicFile = keysDirectory.resolve(PUBLIC_FILE);
        try {
            PrivateFiles.createDirectory(keysDirectory);
            if (!Files.exists(privateFile)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                // the public half first: a crash in between leaves no private key, so the next start starts over
                PrivateFiles.writeDurably(publicFile, pair.getPublic().getEncoded());
                PrivateFiles.writeDurably(privateFile, pair.getPrivate().getEncoded());
            }
            if (PrivateFiles.readableByOthers(privateFile)) {
                throw new KeyFileException("the identity key " + privateFile + " is readable by other users; make it mode 0600");
            }
            KeyFactory factory = KeyFactory.getInstance("EC");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
            if (!isP256(publicKey) || !pairs(privateKey, publicKey)) {
                throw new KeyFileException("the identity key files in " + keysDirectory + " do not hold a matching EC P-256 key pair");
            }
            return new FileIdentityKey(keysDirectory, privateKey, publicKey);
        } catch (IOException e) {
            throw new KeyFileException("cannot create or read the identity key in " + keysDirectory, e);
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("the identity key files in " + keysDirectory + " do not hold an EC key pair", e);
        }
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public boolean hardwareProtected() {
        return false;
    }

    @Override
    public String description() {
        return "identity key in a file, not hardware-protected";
    }

    @Override
    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    Provider signingProvider() {
        return null;
    }

    @Override
    public void close() {
        // nothing is held open
    }

    private static boolean isP256(PublicKey key) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
        return key instanceof ECPublicKey ec && ec.getParams().getCurve().equals(p256.getCurve())
                && ec.getParams().getGenerator().equals(p256.getGenerator()) && ec.getParams().getOrder().equals(p256.getOrder());
    }

    private static boolean pairs(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        byte[] probe = "kiosk identity key pair check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
        signer.initSign(privateKey);
        signer.update(probe);
        Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
        verifier.initVerify(publicKey);
        verifier.update(probe);
        return verifier.verify(signer.sign());
    }
}
