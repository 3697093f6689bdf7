package org.onetrip.kiosk.backend;

import org.onetrip.kiosk.sealing.SealedBody;
import org.onetrip.kiosk.sealing.Sealer;
import org.onetrip.kiosk.sealing.SealingKey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.kiosk.backend.ApprovalContract.Acceptance;
import org.onetrip.kiosk.backend.ApprovalContract.CatalogVersion;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateRequest;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateStatus;
import org.onetrip.kiosk.backend.ApprovalContract.Consent;
import org.onetrip.kiosk.backend.ApprovalContract.DataCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.DeviceReport;
import org.onetrip.kiosk.backend.ApprovalContract.Heartbeat;
import org.onetrip.kiosk.backend.ApprovalContract.IssuedCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.KioskKey;
import org.onetrip.kiosk.backend.ApprovalContract.Licence;
import org.onetrip.kiosk.backend.ApprovalContract.LicenceRequest;
import org.onetrip.kiosk.backend.ApprovalContract.PdfCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.PrintFailure;
import org.onetrip.kiosk.backend.ApprovalContract.Rating;
import org.onetrip.kiosk.backend.ApprovalContract.RemoteSubmission;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.testsupport.RunningBackend;

class ApprovalBackendClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZHANG_WEI = "110101198503121239";

    @TempDir
    Path dir;

    private RunningBackend running;
    private ApprovalBackendClient client;
    private SigningKey key;

    @BeforeEach
    void start() {
        running = new RunningBackend(dir.resolve("backend"));
        client = new ApprovalBackendClient(running.connection(Duration.ofSeconds(2)));
        key = SigningKey.openOrCreate(dir.resolve("keys"));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void handsOverASubmissionThroughEveryStepOfTheContract() throws Exception {
        assertThat(client.enrolKey(kioskKey(key))).isInstanceOf(CallOutcome.Ok.class);
        assertThat(client.enrolKey(kioskKey(key))).as("enrolling again").isInstanceOf(CallOutcome.Ok.class);
        byte[] scan = "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII);

        RemoteSubmission created = client.createSubmission("sub-00000001", sealed(envelope("sub-00000001", scan), SealedBody.manifestContext("sub-00000001"))).orElseThrow();
        assertThat(created.missingFiles()).containsExactly("idcard.pdf");
        assertThat(client.submission("sub-00000001").orElseThrow().state()).isEqualTo("OPEN");
        assertThat(client.uploadFile("sub-00000001", "idcard.pdf", sealed(scan, SealedBody.fileContext("sub-00000001", "idcard.pdf"))).orElseThrow().missingFiles()).isEmpty();
        Acceptance acceptance = client.commit("sub-00000001").orElseThrow();
        Acceptance again = client.commit("sub-00000001").orElseThrow();

        assertThat(acceptance.acceptanceNumber()).matches("SZ\\d{8}-\\d{6}");
        assertThat(again.acceptanceNumber()).isEqualTo(acceptance.acceptanceNumber());
        assertThat(client.lookupFilings(ZHANG_WEI).orElseThrow().filings())
                .singleElement()
                .satisfies(f -> assertThat(f.submissionId()).isEqualTo("sub-00000001"));
    }

    @Test
    void refusalsCarryTheContractsCodeAndDetails() throws Exception {
        client.enrolKey(kioskKey(key)).orElseThrow();
        byte[] scan = "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII);
        client.createSubmission("sub-00000002", sealed(envelope("sub-00000002", scan), SealedBody.manifestContext("sub-00000002"))).orElseThrow();

        CallOutcome<Acceptance> early = client.commit("sub-00000002");
        CallOutcome<?> wrongFile = client.uploadFile("sub-00000002", "idcard.pdf", sealed("other".getBytes(), SealedBody.fileContext("sub-00000002", "idcard.pdf")));
        SigningKey stranger = SigningKey.openOrCreate(dir.resolve("other-keys"));
        CallOutcome<KioskKey> conflict = client.enrolKey(new KioskKey(key.keyId(), "Ed25519",
                Base64.getEncoder().encodeToString(stranger.publicKeyDer()), null));

        assertThat(early).isInstanceOfSatisfying(CallOutcome.Refused.class, r -> {
            assertThat(r.code()).isEqualTo(ContractError.FILES_MISSING);
            assertThat(r.details().path("missingFiles").get(0).asText()).isEqualTo("idcard.pdf");
        });
        assertThat(wrongFile).isInstanceOfSatisfying(CallOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo(ContractError.MANIFEST_DIGEST_MISMATCH));
        assertThat(conflict).isInstanceOfSatisfying(CallOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo(ContractError.KEY_CONFLICT));
    }

    @Test
    void fetchesLicencesOnlyWithConsent() {
        CallOutcome<Licence> licence = client.fetchLicence(new LicenceRequest("HOUSEHOLD_REGISTER", ZHANG_WEI,
                "session-1", new Consent(true, "2026-11-21T02:00:00Z")));
        CallOutcome<Licence> withoutConsent = client.fetchLicence(new LicenceRequest("HOUSEHOLD_REGISTER", ZHANG_WEI,
                "session-1", new Consent(false, "2026-11-21T02:00:00Z")));

        assertThat(licence.orElseThrow().pageCount()).isPositive();
        assertThat(Base64.getDecoder().decode(licence.orElseThrow().pdfBase64())).startsWith("%PDF".getBytes());
        assertThat(withoutConsent).isInstanceOfSatisfying(CallOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo(ContractError.CONSENT_REQUIRED));
    }

    @Test
    void issuesCertificatesAsDataOrSignedPdfAndRecordsWhatBecameOfThePrinting() throws Exception {
        IssuedCertificate data = client.issueCertificate(
                new CertificateRequest("SOCIAL_INSURANCE_RECORD", ZHANG_WEI, RunningBackend.KIOSK_ID, "session-2"),
                "session-2-SOCIAL_INSURANCE_RECORD").orElseThrow();
        IssuedCertificate pdf = client.issueCertificate(
                new CertificateRequest("NO_CRIMINAL_RECORD", ZHANG_WEI, null, "session-2"),
                "session-2-NO_CRIMINAL_RECORD").orElseThrow();
        String issuerKey = client.issuerKey().orElseThrow().publicKey();

        assertThat(data).isInstanceOfSatisfying(DataCertificate.class, d -> assertThat(d.rows()).isNotEmpty());
        assertThat(pdf).isInstanceOfSatisfying(PdfCertificate.class, p -> {
            byte[] bytes = Base64.getDecoder().decode(p.pdfBase64());
            assertThat(p.pdfSha256()).isEqualTo(sha256(bytes));
            assertThat(p.signature().keyId()).isNotBlank();
        });
        assertThat(issuerKey).isNotBlank();

        CertificateStatus printed = client.certificatePrinted(data.verificationCode()).orElseThrow();
        CertificateStatus failed = client.certificatePrintFailed(pdf.verificationCode(), new PrintFailure("PAPER_JAM"))
                .orElseThrow();
        CallOutcome<CertificateStatus> failAfterPrint =
                client.certificatePrintFailed(data.verificationCode(), new PrintFailure("PAPER_JAM"));

        assertThat(printed.state()).isEqualTo("PRINTED");
        assertThat(failed.state()).isEqualTo("PRINT_FAILED");
        assertThat(failAfterPrint).isInstanceOfSatisfying(CallOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo(ContractError.CERTIFICATE_STATE_CONFLICT));
    }

    @Test
    void readsTheCatalogVersionAndSendsHeartbeatsAndRatings() {
        CatalogVersion version = client.catalogVersion().orElseThrow();
        var ack = client.heartbeat(new Heartbeat("2026-11-21T02:00:00Z", true,
                List.of(new DeviceReport("receipt-printer", "DEGRADED", List.of("PAPER_NEAR_END"), Map.of("cuts", 12L))),
                Map.of("filings", 3L), null), "hb-1").orElseThrow();
        var rating = client.rate(new Rating(null, "session-3", 5, List.of("FAST"), "很方便"), "rating-1").orElseThrow();
        var replay = client.rate(new Rating(null, "session-3", 5, List.of("FAST"), "很方便"), "rating-1").orElseThrow();
        CallOutcome<?> badScore = client.rate(new Rating(null, "session-4", 9, List.of(), null), "rating-2");

        assertThat(version.version()).isNotBlank();
        assertThat(Duration.parse(ack.nextHeartbeatIn())).isPositive();
        assertThat(replay.ratingId()).isEqualTo(rating.ratingId());
        assertThat(badScore).isInstanceOfSatisfying(CallOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo(ContractError.BAD_REQUEST));
    }

    @ParameterizedTest
    // a crash stops the backend's whole process, this test's with it: BackendCrashTest runs it in a process of its own
    @EnumSource(value = FaultMode.class, names = "CRASH", mode = EnumSource.Mode.EXCLUDE)
    void everyInjectedFaultIsRetryableAndNothingIsThrown(FaultMode mode) {
        FaultRule rule = mode == FaultMode.SLOW ? FaultRule.slow(Duration.ofSeconds(3)) : FaultRule.always(mode);
        running.backend().faults().add(rule);

        CallOutcome<CatalogVersion> outcome = client.catalogVersion();

        assertThat(outcome).isInstanceOf(CallOutcome.Retryable.class);
    }

    @Test
    void aBackendThatIsDownIsRetryable() {
        running.backend().goDown();
        assertThat(client.catalogVersion()).isInstanceOfSatisfying(CallOutcome.Retryable.class,
                r -> assertThat(r.reason()).contains("cannot connect"));
    }

    private static KioskKey kioskKey(SigningKey key) {
        return new KioskKey(key.keyId(), "Ed25519", Base64.getEncoder().encodeToString(key.publicKeyDer()), null);
    }

    /** Sealed to the key the backend publishes, as the kiosk's outbox seals. */
    private SealedBody sealed(byte[] plain, String context) {
        var jwk = client.sealingKeys().orElseThrow().keys().get(0);
        return new Sealer(SealingKey.fromJwk(jwk.kty(), jwk.crv(), jwk.x(), jwk.kid())).seal(plain, context);
    }

    private byte[] envelope(String submissionId, byte[] scan) throws Exception {
        ObjectNode m = JSON.createObjectNode();
        m.put("kioskId", RunningBackend.KIOSK_ID);
        m.put("submissionId", submissionId);
        m.putArray("matterCodes").add("HUKOU-MOVE-IN");
        m.putObject("applicant").put("idNumber", ZHANG_WEI).put("name", "张伟");
        m.putArray("materials").addObject().put("materialCode", "M-ID").put("fileName", "idcard.pdf")
                .put("pageCount", 1).put("sha256", sha256(scan));
        m.put("createdAt", "2026-11-21T01:55:00Z");
        m.put("submittedAt", "2026-11-21T02:00:00Z");
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("manifest", m);
        envelope.put("signature", Base64.getEncoder().encodeToString(key.sign(CanonicalJson.of(m))));
        envelope.put("keyId", key.keyId());
        envelope.put("algorithm", "Ed25519");
        return JSON.writeValueAsBytes(envelope);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
