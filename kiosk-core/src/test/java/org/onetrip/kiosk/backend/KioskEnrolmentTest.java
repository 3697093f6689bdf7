package org.onetrip.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.KeyStoreSettings;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.FileIdentityKey;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.kiosk.time.ManualTime;

/**
 * The kiosk enrols with the reference backend as it runs for kiosks (HTTPS, client certificates),
 * renews before its certificate ends, and keeps what it has to deliver while it is refused.
 */
class KioskEnrolmentTest {

    private static final String ZHANG_WEI = "110101198503121239";

    @TempDir
    Path dir;

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T02:00:00Z"), ZoneOffset.UTC);
    private ReferenceBackend backend;
    private KioskSettings kiosk;
    private KioskIdentityKey key;

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(time.clock()));
        backend.start(0, dir.resolve("backend"));
        KioskSettings shipped = new ConfigurationLoader().load(Path.of("../conf")).kiosk();
        kiosk = shipped.withDataDirectory(dir.resolve("data")).withBackend(new BackendSettings(backend.baseUri(),
                Optional.of(KeyStoreSettings.pem(backend.authorityCertificateFile())), Optional.empty(),
                Duration.ofSeconds(5)));
        key = KioskIdentityKey.open(IdentityKeySettings.forKiosk(kiosk.dataDirectory(), Map.of()));
    }

    @AfterEach
    void stop() {
        key.close();
        backend.stop();
    }

    @Test
    void withTheOperatorsCodeTheKioskEnrolsAndEveryCallThenShowsItsCertificate() throws Exception {
        ApprovalBackendClient beforehand = client();
        assertThat(beforehand.catalogVersion()).as("not enrolled yet: refused, kept for later")
                .isInstanceOf(CallOutcome.Retryable.class);

        KioskEnrolment.Outcome outcome = enrolment().enrol(backend.issueEnrolmentCode(kiosk.identity().id()).code());

        assertThat(outcome).isEqualTo(new KioskEnrolment.Outcome.Enrolled("SZ-NS-0001",
                key.certificateChain().orElseThrow().get(0).getNotAfter().toInstant(), false));
        assertThat(key.certificateChain().orElseThrow().get(0).getSubjectX500Principal().getName())
                .isEqualTo("CN=SZ-NS-0001");
        assertThat(backend.recognises(key.certificateChain().orElseThrow().get(0))).isTrue();
        assertThat(client().catalogVersion().isOk()).isTrue();
        assertThat(client().lookupFilings(ZHANG_WEI).isOk()).isTrue();
    }

    @Test
    void withoutATpmTheKeyIsAFileOnlyTheKioskUserCanReadBesideTheDataDirectory() throws Exception {
        Path keys = dir.resolve("data-keys");

        assertThat(IdentityKeySettings.keyDirectory(dir.resolve("data"))).isEqualTo(keys);
        assertThat(key.hardwareProtected()).isFalse();
        assertThat(key.description()).isEqualTo("identity key in a file, not hardware-protected");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(FileIdentityKey.PRIVATE_FILE))))
                .isEqualTo("rw-------");
        assertThat(KioskIdentityKey.isCreatedIn(keys)).isTrue();
    }

    @Test
    void theSameCodeAgainIsRefusedAndTheCertificateStays() {
        String code = backend.issueEnrolmentCode(kiosk.identity().id()).code();
        assertThat(enrolment().enrol(code)).isInstanceOf(KioskEnrolment.Outcome.Enrolled.class);

        KioskEnrolment.Outcome again = enrolment().enrol(code);

        assertThat(again).isInstanceOfSatisfying(KioskEnrolment.Outcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ContractError.ENROLMENT_CODE_INVALID));
        assertThat(client().catalogVersion().isOk()).isTrue();
    }

    @Test
    void theCertificateIsRenewedInItsLastThirtyDaysAndTheOldOneIsRevokedOnceTheNewOneIsUsed() {
        enrolment().enrol(backend.issueEnrolmentCode(kiosk.identity().id()).code());
        Instant firstEnd = enrolment().certificateEnd().orElseThrow();
        assertThat(enrolment().renewIfDue()).isEqualTo(new KioskEnrolment.Outcome.NotDue(firstEnd));
        ApprovalBackendClient withOld = client();

        time.advance(Duration.ofDays(340));
        KioskEnrolment.Outcome renewed = enrolment().renewIfDue();

        assertThat(renewed).isInstanceOfSatisfying(KioskEnrolment.Outcome.Enrolled.class, enrolled -> {
            assertThat(enrolled.renewal()).isTrue();
            assertThat(enrolled.validUntil()).isAfter(firstEnd);
        });
        assertThat(withOld.catalogVersion().isOk()).as("the old certificate works until the new one is used").isTrue();
        assertThat(client().catalogVersion().isOk()).isTrue();
        assertThat(withOld.catalogVersion()).as("then it is revoked").isInstanceOf(CallOutcome.Retryable.class);
        time.advance(Duration.ofDays(60));
        assertThat(client().catalogVersion().isOk()).as("past the first certificate's end").isTrue();
    }

    @Test
    void aRevokedKioskKeepsWhatItHasToDeliverUntilItIsEnrolledAgain() {
        enrolment().enrol(backend.issueEnrolmentCode(kiosk.identity().id()).code());
        backend.revokeKiosk(kiosk.identity().id());

        CallOutcome<ApprovalContract.RemoteSubmission> delivery = client().createSubmission("sub-00000001",
                new org.onetrip.kiosk.sealing.SealedBody("any-key", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        KioskEnrolment.Outcome renewal = enrolment().renew();

        assertThat(delivery).as("not refused for good: the filing stays queued")
                .isInstanceOfSatisfying(CallOutcome.Retryable.class, retry -> assertThat(retry.reason())
                        .contains("KIOSK_CERTIFICATE_REVOKED"));
        assertThat(renewal).isInstanceOfSatisfying(KioskEnrolment.Outcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ContractError.KIOSK_CERTIFICATE_REVOKED));
        assertThat(enrolment().enrol(backend.issueEnrolmentCode(kiosk.identity().id()).code()))
                .isInstanceOf(KioskEnrolment.Outcome.Enrolled.class);
        assertThat(client().catalogVersion().isOk()).isTrue();
    }

    @Test
    void aKioskNeverSendsItsCodeInClear() {
        KioskSettings plain = kiosk.withBackend(BackendSettings.at(URI.create("http://127.0.0.1:" + backend.port()
                + "/api/v1/")));

        assertThatThrownBy(() -> new KioskEnrolment(plain, key, time.clock()).enrol("ABCD-EFGH-JKLM-NPQR"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
    }

    @Test
    void theTpmTokenComesFromTheServiceEnvironment() {
        Path data = dir.resolve("data");

        assertThat(IdentityKeySettings.forKiosk(data, Map.of()).tpm()).isEmpty();
        assertThat(IdentityKeySettings.forKiosk(data, Map.of("ONETRIP_TPM_SLOT", "1",
                "ONETRIP_TPM_PIN_FILE", "/etc/onetrip/tpm-pin")).tpm()).contains(new IdentityKeySettings.TpmToken(
                IdentityKeySettings.TpmToken.DEBIAN_MODULE, 1, Path.of("/etc/onetrip/tpm-pin")));
        assertThatThrownBy(() -> IdentityKeySettings.forKiosk(data, Map.of("ONETRIP_TPM_SLOT", "1")))
                .hasMessageContaining("ONETRIP_TPM_PIN_FILE");
    }

    private KioskEnrolment enrolment() {
        return new KioskEnrolment(kiosk, key, time.clock());
    }

    private ApprovalBackendClient client() {
        return new ApprovalBackendClient(BackendConnection.from(kiosk, Optional.of(key)));
    }
}
