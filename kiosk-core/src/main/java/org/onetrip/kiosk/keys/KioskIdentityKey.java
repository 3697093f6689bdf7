package org.onetrip.kiosk.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509KeyManager;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The kiosk's identity: an EC P-256 key pair, created once, with which the kiosk enrols and then
 * authenticates every call to the backend by mutual TLS. The private key is held either in the
 * TPM ({@link TpmIdentityKey}: created there, never leaves it) or in a file readable only by the
 * kiosk user ({@link FileIdentityKey}). {@link #open} chooses.
 *
 * <p>The certificate chain the backend returns for the key is kept in the key directory as
 * {@value #CHAIN_FILE} (PEM, leaf first).
 *
 * <p>Thread-safe. Signing with a key in a TPM (a TLS handshake, a request) blocks until the TPM
 * answers, which a discrete TPM does far more slowly than the CPU signs with a file key. {@link
 * #close} when the kiosk stops.
 */
public abstract sealed class KioskIdentityKey implements AutoCloseable permits FileIdentityKey, TpmIdentityKey {

    /** How the identity key signs: ECDSA over SHA-256, as TLS's {@code ecdsa_secp256r1_sha256}. */
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    /** The certificate chain's file name in the key directory. */
    public static final String CHAIN_FILE = "identity-chain.pem";
    /** The name JSSE knows the identity's certificate by. */
    public static final String ALIAS = "kiosk-identity";

    private final Path keysDirectory;

    KioskIdentityKey(Path keysDirectory) {
        this.keysDirectory = keysDirectory;
    }

    /**
     * Opens the kiosk's identity key where {@code settings} say, creating it on first start.
     * With {@link IdentityKeySettings.KeyHolder#AUTO}: a key already in the TPM stays there (the
     * TPM must then be reachable), a key already in a file stays there, and a new key goes into
     * the TPM when a token is configured and its PKCS#11 module is installed, otherwise into a file.
     *
     * @throws KeyFileException     when a key file cannot be created, read or trusted
     * @throws IdentityKeyException when the key is to be in the TPM and the TPM cannot be used
     */
    public static KioskIdentityKey open(IdentityKeySettings settings) {
        Path keys = settings.keysDirectory();
        return switch (settings.holder()) {
            case FILE -> FileIdentityKey.openOrCreate(keys);
            case TPM -> TpmIdentityKey.openOrCreate(settings.tpm().orElseThrow(), keys);
            case AUTO -> {
                if (TpmIdentityKey.isHeldIn(keys)) {
                    yield TpmIdentityKey.openOrCreate(settings.tpm().orElseThrow(() -> new IdentityKeyException(
                            "this kiosk's identity key is in its TPM (" + keys.resolve(TpmIdentityKey.MARKER_FILE)
                                    + "), but no TPM token is configured")), keys);
                }
                if (FileIdentityKey.isHeldIn(keys)) {
                    yield FileIdentityKey.openOrCreate(keys);
                }
                if (settings.tpm().isPresent() && Files.isRegularFile(settings.tpm().get().pkcs11Module())) {
                    yield TpmIdentityKey.openOrCreate(settings.tpm().get(), keys);
                }
                yield FileIdentityKey.openOrCreate(keys);
            }
        };
    }

    /** Whether the identity key was created in {@code keysDirectory} (in a file or in the TPM); nothing is opened. */
    public static boolean isCreatedIn(Path keysDirectory) {
        return FileIdentityKey.isHeldIn(keysDirectory) || TpmIdentityKey.isHeldIn(keysDirectory);
    }

    /** The public half, as it goes into the certificate signing request. */
    public abstract PublicKey publicKey();

    /** Whether the private key is held in hardware it cannot be copied out of. */
    public abstract boolean hardwareProtected();

    /**
     * One line for diagnostics: {@code identity key in TPM 2.0 (tpm2-pkcs11)} or
     * {@code identity key in a file, not hardware-protected}.
     */
    public abstract String description();

    /** The private key, or the TPM's handle to it; only JSSE and signing get it. */
    abstract PrivateKey privateKey();

    /** The provider that can sign with {@link #privateKey()}; null for the JDK's default. */
    abstract Provider signingProvider();

    /** A {@value #SIGNATURE_ALGORITHM} signature from the key's own provider, initialised for signing. */
    public Signature signer() {
        try {
            Signature signature = signingProvider() == null
                    ? Signature.getInstance(SIGNATURE_ALGORITHM)
                    : Signature.getInstance(SIGNATURE_ALGORITHM, signingProvider());
            signature.initSign(privateKey());
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IdentityKeyException("cannot sign with the " + description(), e);
        }
    }

    /** The DER-encoded {@value #SIGNATURE_ALGORITHM} signature of {@code data}. */
    public byte[] sign(byte[] data) {
        Signature signature = signer();
        try {
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IdentityKeyException("signing with the " + description() + " failed", e);
        }
    }

    /** A PKCS#10 request for a certificate of this key under {@code subject}, signed by the key. */
    public CertificateSigningRequest certificateSigningRequest(X500Principal subject) {
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM);
            if (signingProvider() != null) {
                builder.setProvider(signingProvider());
            }
            ContentSigner signer = builder.build(privateKey());
            byte[] der = new JcaPKCS10CertificationRequestBuilder(subject, publicKey()).build(signer).getEncoded();
            return new CertificateSigningRequest(der);
        } catch (OperatorCreationException | IOException e) {
            throw new IdentityKeyException("cannot make a certificate signing request with the " + description(), e);
        }
    }

    /**
     * Keeps the certificate chain the backend issued for this key (leaf first), replacing any
     * earlier one. The file is written whole or not at all.
     *
     * @throws IllegalArgumentException when the chain is empty or its first certificate is for another key
     * @throws KeyFileException         when the file cannot be written
     */
    public void storeCertificateChain(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate chain is empty");
        }
        if (!Arrays.equals(chain.get(0).getPublicKey().getEncoded(), publicKey().getEncoded())) {
            throw new IllegalArgumentException("the certificate for " + chain.get(0).getSubjectX500Principal()
                    + " is for another key than this kiosk's identity key");
        }
        Path file = keysDirectory.resolve(CHAIN_FILE);
        try {
            PrivateFiles.createDirectory(keysDirectory);
            PrivateFiles.writeDurably(file, pem(chain).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | CertificateException e) {
            throw new KeyFileException("cannot write the identity certificate chain " + file, e);
        }
    }

    /** {@link #storeCertificateChain(List)} for a chain in PEM, as the backend sends it. */
    public void storeCertificateChain(String pem) {
        try {
            storeCertificateChain(parseChain(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("the certificate chain given is not PEM certificates: " + e.getMessage(), e);
        }
    }

    /** The stored certificate chain, leaf first; empty before enrolment. */
    public Optional<List<X509Certificate>> certificateChain() {
        Path file = keysDirectory.resolve(CHAIN_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseChain(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new KeyFileException("cannot read the identity certificate chain " + file, e);
        } catch (CertificateException e) {
            throw new KeyFileException("the identity certificate chain " + file + " is not PEM certificates", e);
        }
    }

    /**
     * A key manager that presents the stored certificate chain with this key to any TLS server
     * asking for a client certificate of the key's type. It never serves.
     *
     * @throws IllegalStateException when no certificate chain is stored yet (the kiosk is not enrolled)
     */
    public X509KeyManager keyManager() {
        List<X509Certificate> chain = certificateChain().orElseThrow(() -> new IllegalStateException(
                "the kiosk is not enrolled: no certificate for its identity key in " + keysDirectory.resolve(CHAIN_FILE)));
        return new ClientCertificatePresenter(ALIAS, privateKey(), chain);
    }

    /**
     * A TLS context for mutual TLS: the kiosk presents its certificate ({@link #keyManager()})
     * and trusts the servers {@code trustStore} vouches for, e.g. for
     * {@code HttpClient.newBuilder().sslContext(..)}.
     *
     * @throws IllegalStateException when no certificate chain is stored yet
     */
    public SSLContext sslContext(KeyStore trustStore) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {keyManager()}, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IdentityKeyException("cannot set up TLS with the " + description(), e);
        }
    }

    /** Releases the key's provider; signing and key managers made earlier stop working. Idempotent. */
    @Override
    public abstract void close();

    Path keysDirectory() {
        return keysDirectory;
    }

    static String pem(List<? extends Certificate> chain) throws CertificateException {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder text = new StringBuilder();
        for (Certificate certificate : chain) {
            text.append("-----BEGIN CERTIFICATE-----\n")
                    .append(base64.encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return text.toString();
    }

    private static List<X509Certificate> parseChain(byte[] pem) throws CertificateException {
        List<X509Certificate> chain = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem)).stream()
                .map(X509Certificate.class::cast).toList();
        if (chain.isEmpty()) {
            throw new CertificateException("no certificate in it");
        }
        return chain;
    }
}
