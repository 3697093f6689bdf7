package org.onetrip.kiosk.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * The backend's certificate authority, as far as these tests need it: it signs a kiosk's
 * certificate signing request (after checking its signature) and issues the TLS server's
 * certificate for loopback. EC P-256 throughout, all in memory.
 */
final class TestCertificateAuthority {

    private final KeyPair key;
    private final X509Certificate certificate;

    TestCertificateAuthority() throws Exception {
        key = p256();
        X500Principal name = new X500Principal("CN=OneTrip test kiosk CA");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), notBefore(), notAfter(), name,
                key.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        certificate = sign(builder);
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A key store holding only this CA's certificate, as the kiosk and the server trust it. */
    KeyStore trustStore() throws GeneralSecurityException, java.io.IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("test-ca", certificate);
        return store;
    }

    /**
     * A client certificate for the request's subject and key, valid for TLS client authentication.
     *
     * @throws IllegalArgumentException when the request's signature does not verify with its own key
     */
    X509Certificate issueClientCertificate(CertificateSigningRequest request) throws Exception {
        JcaPKCS10CertificationRequest csr = new JcaPKCS10CertificationRequest(request.der());
        ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder().build(csr.getPublicKey());
        if (!csr.isSignatureValid(verifier)) {
            throw new IllegalArgumentException("the certificate signing request's signature does not verify");
        }
        X500Principal subject = new X500Principal(csr.getSubject().getEncoded());
        return sign(new JcaX509v3CertificateBuilder(certificate, serial(), notBefore(), notAfter(), subject, csr.getPublicKey())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
    }

    /** A TLS server context with a fresh key and a certificate for 127.0.0.1 and localhost, trusting this CA for clients. */
    SSLContext serverContext() throws Exception {
        KeyPair serverKey = p256();
        X509Certificate serverCertificate = sign(new JcaX509v3CertificateBuilder(certificate, serial(), notBefore(), notAfter(),
                new X500Principal("CN=localhost"), serverKey.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")})));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] password = "server".toCharArray();
        keys.setKeyEntry("server", serverKey.getPrivate(), password, new X509Certificate[] {serverCertificate, certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private X509Certificate sign(X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())));
    }

    static KeyPair p256() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static boolean verifies(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }

    /** Whether the request's signature verifies with {@code key}. */
    static boolean requestVerifies(CertificateSigningRequest request, PublicKey key) throws Exception {
        return new JcaPKCS10CertificationRequest(request.der())
                .isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofMinutes(5)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(30)));
    }
}
