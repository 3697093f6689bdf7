package org.onetrip.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A kiosk's side of enrolment as plainly as a test needs it: an EC P-256 key, a certificate
 * signing request for it, the call that enrols it with a code, and TLS contexts with and without
 * a client certificate.
 */
final class KioskCredentials {

    static final ObjectMapper JSON = new ObjectMapper();

    final KeyPair keys;
    final List<X509Certificate> chain;
    final X509Certificate authority;

    private KioskCredentials(KeyPair keys, List<X509Certificate> chain, X509Certificate authority) {
        this.keys = keys;
        this.chain = List.copyOf(chain);
        this.authority = authority;
    }

    /** Enrols {@code kioskId} at the backend with a new code from its registry, as a technician would. */
    static KioskCredentials enrol(ReferenceBackend backend, String kioskId) {
        return enrol(backend.baseUri(), backend.authorityCertificate(), kioskId,
                backend.issueEnrolmentCode(kioskId).code());
    }

    /** Enrols {@code kioskId} at {@code base} with {@code code}; fails the test when the backend refuses. */
    static KioskCredentials enrol(URI base, X509Certificate authority, String kioskId, String code) {
        KeyPair keys = newKeyPair();
        HttpResponse<String> answer = requestEnrolment(base, authority, kioskId, code, csr(keys, kioskId));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("enrolment of " + kioskId + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return new KioskCredentials(keys, chainIn(answer.body()), authority);
    }

    /** The enrolment call as sent by a caller without a client certificate. */
    static HttpResponse<String> requestEnrolment(URI base, X509Certificate authority, String kioskId, String code,
                                                 String csrPem) {
        try {
            String body = JSON.createObjectNode().put("kioskId", kioskId).put("code", code)
                    .put("certificateSigningRequest", csrPem).toString();
            return stranger(authority).send(HttpRequest.newBuilder(URI.create(base + "enrolments"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same key with another certificate chain, e.g. a renewal's. */
    KioskCredentials withChain(List<X509Certificate> newChain) {
        return new KioskCredentials(keys, newChain, authority);
    }

    X509Certificate certificate() {
        return chain.get(0);
    }

    /** TLS presenting this kiosk's certificate and trusting the backend's authority. */
    SSLContext sslContext() {
        return context(keys, chain, authority);
    }

    HttpClient client() {
        return client(sslContext());
    }

    /** A client that trusts the backend but has no certificate to show: anyone on the network. */
    static HttpClient stranger(X509Certificate authority) {
        return client(context(null, List.of(), authority));
    }

    static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .sslContext(tls).build();
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PEM PKCS#10 request for {@code keys}, signed by them. */
    static String csr(KeyPair keys, String commonName) {
        try {
            return pem(new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=" + commonName), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A client certificate for {@code kioskId} from a certificate authority of the caller's own
     * making, with that authority's certificate after it: what a forger would present.
     */
    static List<X509Certificate> selfMadeChain(KeyPair keys, String kioskId) {
        try {
            KeyPair ca = newKeyPair();
            X500Principal caName = new X500Principal("CN=OneTrip kiosk authority");
            Instant now = Instant.now();
            X509Certificate caCertificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, Date.from(now.minusSeconds(600)),
                            Date.from(now.plus(Duration.ofDays(30))), caName, ca.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));
            X509Certificate leaf = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(caName, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minusSeconds(600)), Date.from(now.plus(Duration.ofDays(30))),
                            new X500Principal("CN=" + kioskId), keys.getPublic())
                            .addExtension(Extension.extendedKeyUsage, false,
                                    new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));
            return List.of(leaf, caCertificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS with {@code keys} and {@code chain} as the client certificate (none when {@code keys} is null). */
    static SSLContext context(KeyPair keys, List<X509Certificate> chain, X509Certificate authority) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("authority", authority);
            TrustManagerFactory trusting = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusting.init(trust);
            KeyManagerFactory keying = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            KeyStore own = KeyStore.getInstance("PKCS12");
            own.load(null, null);
            if (keys != null) {
                own.setKeyEntry("kiosk", keys.getPrivate(), new char[0], chain.toArray(X509Certificate[]::new));
            }
            keying.init(own, new char[0]);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keying.getKeyManagers(), trusting.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<X509Certificate> chainIn(String answerJson) {
        try {
            String pem = JSON.readTree(answerJson).get("certificateChain").asText();
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
