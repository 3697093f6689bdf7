package org.onetrip.kiosk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identity key in a TPM 2.0: Debian's swtpm, reached through tpm2-pkcs11 and SunPKCS11. */
class TpmIdentityKeyTest {

    private static final X500Principal KIOSK = new X500Principal("CN=kiosk-0042,OU=Haidian service hall,O=OneTrip");

    @RegisterExtension
    static final SoftwareTpm TPM = new SoftwareTpm("created", "restarted", "mutual-tls", "auto");

    @TempDir
    Path data;

    @Test
    void theKeyIsCreatedInTheTpmCannotBeExportedAndItsSignaturesAndRequestVerify() throws Exception {
        Path keys = data.resolve("keys");
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inTpm(keys, TPM.token("created")))) {
            byte[] receipt = "submission 2026-000417 received".getBytes(StandardCharsets.UTF_8);

            assertThat(key).isInstanceOf(TpmIdentityKey.class);
            assertThat(key.hardwareProtected()).isTrue();
            assertThat(key.description()).isEqualTo("identity key in TPM 2.0 (tpm2-pkcs11)");
            assertThat(key.privateKey().getEncoded()).as("the private key's bytes").isNull();
            assertThat(key.privateKey().toString()).contains("token object", "sensitive", "unextractable");
            assertThat(key.signer().getProvider().getName()).isEqualTo(TpmIdentityKey.PROVIDER_NAME);
            assertThat(TestCertificateAuthority.verifies(key.publicKey(), receipt, key.sign(receipt))).isTrue();
            assertThat(TestCertificateAuthority.verifies(key.publicKey(), "another text".getBytes(StandardCharsets.UTF_8),
                    key.sign(receipt))).isFalse();
            assertThat(TestCertificateAuthority.requestVerifies(key.certificateSigningRequest(KIOSK), key.publicKey())).isTrue();
            assertThat(key.publicKey().getAlgorithm()).isEqualTo("EC");
            try (var files = Files.list(keys)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no key material in the key directory").containsExactly(TpmIdentityKey.MARKER_FILE);
            }
        }
        assertThat(Security.getProvider(TpmIdentityKey.PROVIDER_NAME)).as("provider after close").isNull();
    }

    @Test
    void theSameKeyIsFoundAfterTheProviderIsReopenedAndInANewJvm() throws Exception {
        Path keys = data.resolve("keys");
        byte[] first;
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inTpm(keys, TPM.token("restarted")))) {
            first = key.publicKey().getEncoded();
        }

        try (KioskIdentityKey reopened = KioskIdentityKey.open(IdentityKeySettings.inTpm(keys, TPM.token("restarted")))) {
            assertThat(reopened.publicKey().getEncoded()).isEqualTo(first);
            byte[] data = "after reopening".getBytes(StandardCharsets.UTF_8);
            assertThat(TestCertificateAuthority.verifies(reopened.publicKey(), data, reopened.sign(data))).isTrue();
        }

        Map<String, String> restarted = KioskRestart.run(null, data,
                TPM.probeArguments(keys, "restarted").toArray(String[]::new));
        assertThat(restarted.get("held")).isEqualTo("identity key in TPM 2.0 (tpm2-pkcs11)");
        assertThat(restarted.get("public-key")).isEqualTo(Base64.getEncoder().encodeToString(first));
        try (KioskIdentityKey again = KioskIdentityKey.open(IdentityKeySettings.inTpm(keys, TPM.token("restarted")))) {
            assertThat(TestCertificateAuthority.verifies(again.publicKey(), IdentityKeyProbe.SIGNED,
                    Base64.getDecoder().decode(restarted.get("signature")))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void aTlsServerThatNeedsClientCertificatesSeesTheKiosksCertificateSignedForInTheTpm(String protocol) throws Exception {
        TestCertificateAuthority ca = new TestCertificateAuthority();
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.inTpm(data.resolve("keys"), TPM.token("mutual-tls")));
             MutualTlsServer server = new MutualTlsServer(ca.serverContext())) {
            X509Certificate issued = ca.issueClientCertificate(key.certificateSigningRequest(KIOSK));
            key.storeCertificateChain(List.of(issued, ca.certificate()));

            assertThat(MutualTlsServer.connect(key.sslContext(ca.trustStore()), server.port(), protocol)).isEqualTo("welcome");
            assertThat(server.handshake().getProtocol()).isEqualTo(protocol);
            assertThat(server.clientCertificate()).isEqualTo(issued);
            assertThat(server.clientCertificate().getSubjectX500Principal()).isEqualTo(KIOSK);
        }
    }

    @Test
    void aKioskWithATpmPutsItsKeyThereAndNeverFallsBackToAFile() throws Exception {
        Path keys = data.resolve("keys");
        IdentityKeySettings.TpmToken token = TPM.token("auto");
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.auto(keys, Optional.of(token)))) {
            assertThat(key.description()).isEqualTo("identity key in TPM 2.0 (tpm2-pkcs11)");
        }

        assertThat(keys.resolve(FileIdentityKey.PRIVATE_FILE)).doesNotExist();
        assertThatThrownBy(() -> KioskIdentityKey.open(IdentityKeySettings.auto(keys, Optional.empty())))
                .isInstanceOf(IdentityKeyException.class).hasMessageContaining("is in its TPM")
                .hasMessageContaining("no TPM token is configured");
        assertThat(keys.resolve(FileIdentityKey.PRIVATE_FILE)).doesNotExist();
    }

    @Test
    void aWrongPinIsRefusedWithTheReasonAndLeavesNothingOpen() throws Exception {
        Path wrongPin = data.resolve("wrong.pin");
        Files.writeString(wrongPin, "000000\n");
        Files.setPosixFilePermissions(wrongPin, PosixFilePermissions.fromString("rw-------"));
        IdentityKeySettings.TpmToken token = TPM.token("auto");
        IdentityKeySettings.TpmToken wrong = new IdentityKeySettings.TpmToken(token.pkcs11Module(), token.slot(), wrongPin);

        assertThatThrownBy(() -> KioskIdentityKey.open(IdentityKeySettings.inTpm(data.resolve("keys"), wrong)))
                .isInstanceOf(IdentityKeyException.class).hasMessageContaining("cannot log into the TPM token in slot " + token.slot());
        assertThat(Security.getProvider(TpmIdentityKey.PROVIDER_NAME)).isNull();
    }
}
