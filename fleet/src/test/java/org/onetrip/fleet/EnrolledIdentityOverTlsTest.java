package org.onetrip.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;

/**
 * The kiosk presents its enrolled identity (its identity key and the client certificate from
 * enrolment, as {@link KioskIdentityKey} keeps them) to a Mosquitto that requires a client
 * certificate over TLS; a client without one is refused.
 */
class EnrolledIdentityOverTlsTest {

    @TempDir
    Path dir;

    @Test
    void theKioskReachesATlsBrokerWithItsIdentityAndAClientWithoutOneDoesNot() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        KeyPair ca = ecKeys();
        X509Certificate caCert = certificate("CN=OneTrip test kiosk CA", ca.getPublic(), "CN=OneTrip test kiosk CA", ca, true,
                Optional.empty());
        KeyPair server = ecKeys();
        X509Certificate serverCert = certificate("CN=127.0.0.1", server.getPublic(), "CN=OneTrip test kiosk CA", ca, false,
                Optional.of(new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1"))));
        Path caFile = pem(dir.resolve("ca.pem"), caCert);
        Path certFile = pem(dir.resolve("broker.pem"), serverCert);
        Path keyFile = pem(dir.resolve("broker-key.pem"), server.getPrivate());

        // the kiosk's identity key, as enrolment made it, with the certificate the kiosks' authority issued for it
        try (KioskIdentityKey identity = KioskIdentityKey.open(IdentityKeySettings.inFile(dir.resolve("keys")))) {
            identity.storeCertificateChain(List.of(certificate("CN=SZ-NS-0042", identity.publicKey(),
                    "CN=OneTrip test kiosk CA", ca, false, Optional.empty())));
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", caCert);
            FleetJson json = new FleetJson();
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"),
                    Optional.of(new LocalBroker.TlsListener(caFile, certFile, keyFile)));
                    FleetWatch watch = new FleetWatch(new BrokerClients(broker.address(), new BrokerLogin.Anonymous()),
                            Optional.empty(), Clock.systemUTC(), json).startAndWait(Duration.ofSeconds(15))) {
                KioskPlace place = new KioskPlace("south", "hall-09", "SZ-NS-0042");
                try (TelemetryPublisher kiosk = new TelemetryPublisher(place,
                        new BrokerClients(broker.tlsAddress(), new BrokerLogin.Identity(identity.keyManager(),
                                Optional.of(trust))),
                        () -> new KioskStatus("SZ-NS-0042", "IN_SERVICE", "", List.of(), List.of(), 0, 0, 0, 0, false,
                                "test", "", "", "", "1:x", Instant.now().toString()),
                        new EventSpool(dir.resolve("events"), 10, json), executor, Clock.systemUTC(),
                        new TelemetrySettings(Duration.ofMinutes(1), Duration.ZERO, 10, "test"), json)) {
                    kiosk.start();
                    Eventually.until("the kiosk online over TLS", Duration.ofSeconds(20), () -> watch.kiosk("SZ-NS-0042")
                            .filter(k -> k.online() && k.status().isPresent()).isPresent());
                }

                // a client trusting the broker but with no certificate of its own, trying once
                var stranger = com.hivemq.client.mqtt.mqtt5.Mqtt5Client.builder().identifier("stranger")
                        .serverHost("127.0.0.1").serverPort(broker.tlsAddress().port())
                        .sslConfig(com.hivemq.client.mqtt.MqttClientSslConfig.builder()
                                .trustManagerFactory(BrokerClients.trusting(trust)).build())
                        .buildAsync();
                assertThatThrownBy(() -> stranger.connect().get(15, TimeUnit.SECONDS))
                        .isInstanceOf(java.util.concurrent.ExecutionException.class);
            } finally {
                executor.shutdownNow();
            }
        }
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, PublicKey key, String issuer, KeyPair issuerKeys,
            boolean authority, Optional<GeneralNames> names) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)),
                new X500Name(subject), key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        if (names.isPresent()) {
            builder.addExtension(Extension.subjectAlternativeName, false, names.get());
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    private static Path pem(Path file, Object object) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object instanceof java.security.PrivateKey key
                    ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null) : object);
        }
        Files.writeString(file, text.toString());
        return file;
    }
}
