package org.onetrip.kiosk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIdentityKeyTest {

    private static final X500Principal KIOSK = new X500Principal("CN=kiosk-0042,OU=Haidian service hall,O=OneTrip");

    @TempDir
    Path data;

    @Test
    void theKeyFileIsCreatedOnlyForTheKioskUserEvenUnderAnOpenUmaskAndIsTheSameKeyAfterARestart() throws Exception {
        Path keys = data.resolve("keys");

        Map<String, String> firstStart = KioskRestart.run("000", data, keys.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(FileIdentityKey.PRIVATE_FILE))))
                .isEqualTo("rw-------");
        assertThat(firstStart.get("held")).isEqualTo("identity key in a file, not hardware-protected");
        try (KioskIdentityKey again = KioskIdentityKey.open(IdentityKeySettings.inFile(keys))) {
            assertThat(Base64.getEncoder().encodeToString(again.publicKey().getEncoded())).isEqualTo(firstStart.get("public-key"));
            assertThat(TestCertificateAuthority.verifies(again.publicKey(), IdentityKeyProbe.SIGNED,
                    Base64.getDecoder().decode(firstStart.get("signature")))).isTrue();
            assertThat(again.hardwareProtected()).isFalse();
            assertThat(again.publicKey().getAlgorithm()).isEqualTo("EC");
        }
    }

    @Test
    void withoutATpmConfiguredOrInstalledTheKioskKeepsItsKeyInAFile() {
        Path keys = data.resolve("keys");
        IdentityKeySettings.TpmToken absent = new IdentityKeySettings.TpmToken(data.resolve("no-such-libtpm2_pkcs11.so"), 1,
                data.resolve("pin"));

        try (KioskIdentityKey unconfigured = KioskIdentityKey.open(IdentityKeySettings.auto(keys, Optional.empty()));
             KioskIdentityKey notInstalled = KioskIdentityKey.open(IdentityKeySettings.auto(keys, Optional.of(absent)))) {
            assertThat(unconfigured).isInstanceOf(FileIdentityKey.class);
            assertThat(notInstalled.publicKey()).isEqualTo(unconfigured.publicKey());
            assertThat(unconfigured.description()).isEqualTo("identity key in a file, not hardware-protected");
        }
        assertThatThrownBy(() -> KioskIdentityKey.open(IdentityKeySettings.inTpm(keys, absent)))
                .isInstanceOf(IdentityKeyException.class).hasMessageContaining("is not installed (Debian package libtpm2-pkcs11-1)");
    }

    @Test
    void theCertificateSigningRequestNamesTheKioskAndVerifiesWithItsPublicKey() throws Exception {
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inFile(data.resolve("keys")))) {
            CertificateSigningRequest request = key.certificateSigningRequest(KIOSK);

            assertThat(TestCertificateAuthority.requestVerifies(request, key.publicKey())).isTrue();
            assertThat(TestCertificateAuthority.requestVerifies(request, TestCertificateAuthority.p256().getPublic())).isFalse();
            assertThat(request.pem()).startsWith("-----BEGIN CERTIFICATE REQUEST-----\n")
                    .endsWith("-----END CERTIFICATE REQUEST-----\n");
            X509Certificate issued = new TestCertificateAuthority().issueClientCertificate(request);
            assertThat(issued.getSubjectX500Principal()).isEqualTo(KIOSK);
            assertThat(issued.getPublicKey()).isEqualTo(key.publicKey());
        }
    }

    @Test
    void aTlsServerThatNeedsClientCertificatesSeesTheKiosksCertificate() throws Exception {
        TestCertificateAuthority ca = new TestCertificateAuthority();
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inFile(data.resolve("keys")));
             MutualTlsServer server = new MutualTlsServer(ca.serverContext())) {
            X509Certificate issued = ca.issueClientCertificate(key.certificateSigningRequest(KIOSK));
            key.storeCertificateChain(List.of(issued, ca.certificate()));

            assertThat(MutualTlsServer.connect(key.sslContext(ca.trustStore()), server.port(), "TLSv1.3")).isEqualTo("welcome");
            assertThat(server.clientCertificate()).isEqualTo(issued);
            assertThat(server.clientCertificate().getSubjectX500Principal()).isEqualTo(KIOSK);
        }
    }

    @Test
    void aTlsServerRefusesAKioskWhoseCertificateItsCaDidNotIssue() throws Exception {
        TestCertificateAuthority backendCa = new TestCertificateAuthority();
        TestCertificateAuthority otherCa = new TestCertificateAuthority();
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inFile(data.resolve("keys")));
             MutualTlsServer server = new MutualTlsServer(backendCa.serverContext())) {
            key.storeCertificateChain(List.of(otherCa.issueClientCertificate(key.certificateSigningRequest(KIOSK))));

            SSLContext kiosk = key.sslContext(backendCa.trustStore());
            assertThatThrownBy(() -> MutualTlsServer.connect(kiosk, server.port(), "TLSv1.3"))
                    .isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(server::handshake).hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void anHttpClientCallsTheBackendWithTheKiosksCertificate() throws Exception {
        TestCertificateAuthority ca = new TestCertificateAuthority();
        HttpsServer backend = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.setHttpsConfigurator(new HttpsConfigurator(ca.serverContext()) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters needClientCertificate = getSSLContext().getDefaultSSLParameters();
                needClientCertificate.setNeedClientAuth(true);
                parameters.setSSLParameters(needClientCertificate);
            }
        });
        backend.createContext("/whoami", exchange -> {
            X509Certificate client = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
            byte[] body = client.getSubjectX500Principal().getName().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inFile(data.resolve("keys")))) {
            key.storeCertificateChain(List.of(ca.issueClientCertificate(key.certificateSigningRequest(KIOSK)), ca.certificate()));
            HttpClient client = HttpClient.newBuilder().sslContext(key.sslContext(ca.trustStore()))
                    .connectTimeout(Duration.ofSeconds(30)).build();

            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + backend.getAddress().getPort() + "/whoami"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new X500Principal(response.body())).isEqualTo(KIOSK);
        } finally {
            backend.stop(0);
        }
    }

    @Test
    void theCertificateChainIsKeptAcrossARestartAndOnlyForThisKiosksKey() throws Exception {
        TestCertificateAuthority ca = new TestCertificateAuthority();
        Path keys = data.resolve("keys");
        X509Certificate issued;
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inFile(keys))) {
            assertThat(key.certificateChain()).isEmpty();
            assertThatThrownBy(key::keyManager).isInstanceOf(IllegalStateException.class).hasMessageContaining("not enrolled");
            issued = ca.issueClientCertificate(key.certificateSigningRequest(KIOSK));
            key.storeCertificateChain(KioskIdentityKey.pem(List.of(issued, ca.certificate())));
        }

        try (KioskIdentityKey again = KioskIdentityKey.open(IdentityKeySettings.inFile(keys))) {
            assertThat(again.certificateChain()).contains(List.of(issued, ca.certificate()));
            assertThat(again.keyManager().getCertificateChain(KioskIdentityKey.ALIAS)).containsExactly(issued, ca.certificate());
            assertThat(Files.readString(keys.resolve(KioskIdentityKey.CHAIN_FILE))).startsWith("-----BEGIN CERTIFICATE-----");

            X509Certificate forAnotherKey;
            try (KioskIdentityKey otherKiosk = KioskIdentityKey.open(IdentityKeySettings.inFile(data.resolve("other-kiosk")))) {
                forAnotherKey = ca.issueClientCertificate(otherKiosk.certificateSigningRequest(KIOSK));
            }
            assertThatThrownBy(() -> again.storeCertificateChain(List.of(forAnotherKey)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("for another key");
            assertThat(again.certificateChain()).contains(List.of(issued, ca.certificate()));
        }
    }

    @Test
    void aKeyFileOthersCanReadOrThatIsDamagedIsRefusedWithTheReason() throws Exception {
        Path keys = data.resolve("keys");
        KioskIdentityKey.open(IdentityKeySettings.inFile(keys)).close();
        Path file = keys.resolve(FileIdentityKey.PRIVATE_FILE);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> KioskIdentityKey.open(IdentityKeySettings.inFile(keys)))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("readable by other users");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> KioskIdentityKey.open(IdentityKeySettings.inFile(keys)))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("do not hold an EC key pair");
    }
}
