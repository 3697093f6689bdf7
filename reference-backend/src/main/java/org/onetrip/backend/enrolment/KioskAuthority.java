package org.onetrip.backend.enrolment;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.store.Digests;

/**
 * The approval system's certificate authority for kiosks: it signs each enrolled kiosk's client
 * certificate (CN = the kiosk id, client authentication only, {@link #KIOSK_CERTIFICATE_VALIDITY})
 * and the backend's own TLS server certificate, and is what both sides trust. Its key (EC P-256)
 * is kept in {@code DATA_DIR/kiosk-ca.key} (PKCS#8 PEM, mode 0600) and its certificate in
 * {@code DATA_DIR/kiosk-ca.pem}, the file kiosks are given to trust the backend by.
 *
 * <p>Thread-safe.
 */
public final class KioskAuthority {

    /** How long a kiosk's certificate is valid; the kiosk renews it in the last {@code 30} days. */
    public static final Duration KIOSK_CERTIFICATE_VALIDITY = Duration.ofDays(365);
    /** The authority's certificate, in the data directory. */
    public static final String CERTIFICATE_FILE = "kiosk-ca.pem";

    private static final String KEY_FILE = "kiosk-ca.key";
    private static final String LOCK_FILE = "kiosk-ca.lock";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration AUTHORITY_VALIDITY = Duration.ofDays(3650);
    private static final Duration SERVER_CERTIFICATE_VALIDITY = Duration.ofDays(90);
    /** Clocks of kiosk and backend may differ a little; a new certificate is valid from a little before now. */
    private static final Duration BACKDATED = Duration.ofMinutes(5);
    private static final int LONGEST_REQUEST = 16_384;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Path certificateFile;
    private final SecureRandom random = new SecureRandom();

    private KioskAuthority(PrivateKey key, X509Certificate certificate, Path certificateFile) {
        this.key = key;
        this.certificate = certificate;
        this.certificateFile = certificateFile;
    }

    /**
     * Reads the authority in {@code dataDir}, or creates it there on first use. Two processes
     * opening a new data directory at once (the backend and {@code enrol-code}) make one authority.
     *
     * @throws UncheckedIOException  when the files cannot be read or written
     * @throws IllegalStateException when the key file may be read by others, or the files hold no authority
     */
    public static KioskAuthority openOrCreate(Path dataDir) {
        Path keyFile = dataDir.resolve(KEY_FILE);
        Path certificateFile = dataDir.resolve(CERTIFICATE_FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
                try (FileChannel lock = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                     FileLock held = lock.lock()) {
                    if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
                        create(keyFile, certificateFile);
                    }
                }
            }
            if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(keyFile))) {
                throw new IllegalStateException(keyFile + " may be read by others; make it mode 0600");
            }
            return new KioskAuthority(readKey(keyFile), readCertificate(Files.readString(certificateFile)),
                    certificateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the kiosk authority in " + dataDir, e);
        }
    }

    private static void create(Path keyFile, Path certificateFile) throws IOException {
        KeyPair pair = newKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "OneTrip kiosk authority").build();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                    Date.from(now.minus(BACKDATED)), Date.from(now.plus(AUTHORITY_VALIDITY)), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate self = sign(builder, pair.getPrivate());
            // the key first: a certificate without its key would be an authority nobody can use
            writeAtomically(keyFile, pem(new JcaPKCS8Generator(pair.getPrivate(), null).generate()), true);
            writeAtomically(certificateFile, pem(self), false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the kiosk authority's certificate", e);
        }
    }

    /** The certificate kiosks trust the backend by, and client certificates chain to. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The authority's certificate as PEM, for a kiosk's trust store. */
    public String certificatePem() {
        return pem(certificate);
    }

    /** {@code DATA_DIR/kiosk-ca.pem}: what a kiosk's {@code backend.trustStore} names (type PEM). */
    public Path certificateFile() {
        return certificateFile;
    }

    /**
     * Signs a kiosk's certificate signing request. The certificate names the kiosk (CN) whatever
     * the request says, serves for TLS client authentication only, and is valid from a few
     * minutes before {@code now} for {@link #KIOSK_CERTIFICATE_VALIDITY}.
     *
     * @param csrPem a PEM PKCS#10 request for an EC P-256 key, signed by that key
     * @throws IllegalArgumentException when the request is not such a request, or the kiosk id is not valid
     */
    public X509Certificate issueKioskCertificate(String csrPem, String kioskId, Instant now) {
        KioskIds.require(kioskId);
        PublicKey publicKey = requestedKey(csrPem);
        try {
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, kioskId).build();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new JcaX509CertificateHolder(certificate).getSubject(), serial(random),
                    Date.from(now.minus(BACKDATED)), Date.from(now.plus(KIOSK_CERTIFICATE_VALIDITY)), subject,
                    publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(publicKey));
            return sign(builder, key);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign a kiosk's certificate", e);
        }
    }

    /**
     * Checks a certificate signing request as {@link #issueKioskCertificate} would, without signing.
     *
     * @throws ApiException 400 naming what is wrong with it
     */
    public void checkRequest(String csrPem) {
        try {
            requestedKey(csrPem);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }

    /** The key of a PEM PKCS#10 request for EC P-256 whose signature verifies. */
    private static PublicKey requestedKey(String csrPem) {
        PKCS10CertificationRequest request = parseRequest(csrPem);
        try {
            PublicKey publicKey = new JcaPKCS10CertificationRequest(request).getPublicKey();
            if (!(publicKey instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("the certificate signing request must be for an EC P-256 key");
            }
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(publicKey))) {
                throw new IllegalArgumentException("the certificate signing request's signature does not verify");
            }
            return publicKey;
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new IllegalArgumentException("the certificate signing request cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * A TLS context for the backend listening on {@code host}: a fresh server certificate signed by
     * this authority (valid 90 days; a new one at every start), and client certificates checked by
     * {@code clientTrust}.
     */
    public SSLContext serverContext(InetAddress host, TrustManager clientTrust) {
        try {
            KeyPair pair = newKeyPair();
            Instant now = Instant.now();
            Set<GeneralName> names = new LinkedHashSet<>();
            names.add(new GeneralName(GeneralName.iPAddress, host.getHostAddress()));
            names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
            names.add(new GeneralName(GeneralName.dNSName, "localhost"));
            if (!host.isAnyLocalAddress() && !host.isLoopbackAddress()) {
                names.add(new GeneralName(GeneralName.dNSName, host.getCanonicalHostName()));
            }
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, "OneTrip reference approval backend").build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new JcaX509CertificateHolder(certificate).getSubject(), serial(random),
                    Date.from(now.minus(BACKDATED)), Date.from(now.plus(SERVER_CERTIFICATE_VALIDITY)), subject,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(names.toArray(GeneralName[]::new)));
            X509Certificate server = sign(builder, key);
            char[] none = new char[0];
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", pair.getPrivate(), none, new X509Certificate[] {server, certificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, none);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), new TrustManager[] {clientTrust}, random);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the backend's TLS context", e);
        }
    }

    /** The kiosk id a certificate names as its CN; empty when it names none. */
    public static Optional<String> kioskIdOf(X509Certificate certificate) {
        try {
            RDN[] names = new JcaX509CertificateHolder(certificate).getSubject().getRDNs(BCStyle.CN);
            if (names.length != 1 || names[0].isMultiValued()) {
                return Optional.empty();
            }
            ASN1Encodable value = names[0].getFirst().getValue();
            return Optional.of(IETFUtils.valueToString(value));
        } catch (CertificateEncodingException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the certificate's DER encoding, hex: the name the registry knows it by. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return Digests.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    /** Parses one PEM certificate. */
    public static X509Certificate readCertificate(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object read = parser.readObject();
            if (!(read instanceof X509CertificateHolder holder)) {
                throw new IOException("not a PEM certificate");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IOException("not a usable certificate: " + e.getMessage(), e);
        }
    }

    /** PEM of a certificate or key. */
    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static PKCS10CertificationRequest parseRequest(String csrPem) {
        if (csrPem == null || csrPem.length() > LONGEST_REQUEST) {
            throw new IllegalArgumentException("the certificate signing request must be a PEM PKCS#10 request of"
                    + " at most 16 KiB");
        }
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            Object read = parser.readObject();
            if (read instanceof PKCS10CertificationRequest request) {
                return request;
            }
        } catch (IOException | RuntimeException e) {
            // a request that does not parse is answered below, without echoing it
        }
        throw new IllegalArgumentException("the certificate signing request is not a PEM PKCS#10 request");
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (PEMParser parser = new PEMParser(Files.newBufferedReader(file))) {
            Object read = parser.readObject();
            if (!(read instanceof PrivateKeyInfo info)) {
                throw new IllegalStateException(file + " does not hold a PKCS#8 private key");
            }
            return new JcaPEMKeyConverter().getPrivateKey(info);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(SIGNATURE).build(signer);
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    /** A positive serial of 127 random bits. */
    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    /** Writes {@code text} to a temporary sibling (0600 when {@code secret}), forced to disk, then renames it. */
    private static void writeAtomically(Path file, String text, boolean secret) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (secret && Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temporary);
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.US_ASCII.encode(text));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
