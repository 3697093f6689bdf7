package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.CHEN_JING_EXPIRED;
import static org.onetrip.kiosk.submission.TestFilings.LIU_YAN;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;

class DeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private RunningBackend backend;
    private SubmissionRuntime kiosk;
    private OutboxWatch watch;

    @BeforeEach
    void start() {
        backend = new RunningBackend(dir.resolve("backend"));
        kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2))));
        watch = new OutboxWatch(kiosk.outbox());
    }

    @AfterEach
    void stop() {
        watch.close();
        kiosk.close();
        backend.close();
    }

    @Test
    void aFilingReachesTheBackendWithItsFilesAndOnlyTheReceiptsFactsStayBehind() throws Exception {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(LIU_YAN));

        assertThat(watch.awaitState(filed.submissionId(), OutboxState.ACKNOWLEDGED, WAIT)).isTrue();

        List<Filing> filings = backend.filingsOf(LIU_YAN.idNumber());
        assertThat(filings).singleElement().satisfies(f -> {
            assertThat(f.submissionId()).isEqualTo(filed.submissionId());
            assertThat(f.matterCodes()).containsExactly("HUKOU-MOVE-IN");
        });
        var remote = backend.client().submission(filed.submissionId()).orElseThrow();
        assertThat(remote.receivedFiles()).extracting(f -> f.fileName())
                .containsExactlyInAnyOrder("material-1.pdf", "material-2.pdf");
        OutboxEntry entry = kiosk.outbox().entry(filed.submissionId()).orElseThrow();
        assertThat(entry.acceptanceNumber()).contains(filings.get(0).acceptanceNumber());
        assertThat(entry.maskedName()).isEqualTo("刘*");
        assertThat(Files.exists(dir.resolve("kiosk/outbox").resolve(filed.submissionId()))).isFalse();
    }

    @Test
    void anApplicationTheBackendRefusesIsKeptAsRejectedWithItsReasonAndTheQueueMovesOn() throws Exception {
        FilingOutcome.Filed expired = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(CHEN_JING_EXPIRED));
        FilingOutcome.Filed fine = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));

        assertThat(watch.awaitDrained(WAIT)).isTrue();

        OutboxEntry rejected = kiosk.outbox().entry(expired.submissionId()).orElseThrow();
        assertThat(rejected.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(rejected.rejectionCode()).contains("ID_CARD_EXPIRED");
        assertThat(kiosk.outbox().entry(fine.submissionId()).orElseThrow().state())
                .isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(backend.filingsOf(CHEN_JING_EXPIRED.idNumber())).isEmpty();
    }

    @Test
    void anUploadResumesWithoutSendingFilesTheBackendAlreadyHas() throws Exception {
        kiosk.worker().stop(Duration.ofSeconds(5));
        FilingOutcome.Filed filed = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));
        String id = filed.submissionId();
        // as if an earlier attempt had created the submission and sent the first file before the power failed
        var client = kiosk.client();
        client.enrolKey(new org.onetrip.kiosk.backend.ApprovalContract.KioskKey(kiosk.signingKey().keyId(), "Ed25519",
                java.util.Base64.getEncoder().encodeToString(kiosk.signingKey().publicKeyDer()), null)).orElseThrow();
        Outbox.PendingPackage pkg = kiosk.outbox().pendingPackage(id);
        client.createSubmission(id, pkg.signedManifest()).orElseThrow();
        client.uploadFile(id, "material-1.pdf", kiosk.outbox().material(pkg, "material-1.pdf")).orElseThrow();
        kiosk.close();
        // sending the first file again would now fail for ever
        backend.backend().faults().add(FaultRule.always(FaultMode.FAIL)
                .onlyUnder("/api/v1/submissions/" + id + "/files/material-1.pdf"));

        kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2))));
        watch = new OutboxWatch(kiosk.outbox());

        assertThat(watch.awaitState(id, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        assertThat(kiosk.outbox().entry(id).orElseThrow().attempts()).isZero();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).hasSize(1);
    }

    @Test
    void aPackageDamagedOnDiskIsSetAsideSoTheFilingsBehindItStillGo() throws Exception {
        kiosk.worker().stop(Duration.ofSeconds(5));
        String damaged = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();
        String fine = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();
        Path sealed = dir.resolve("kiosk/outbox").resolve(damaged).resolve("material-2.pdf.sealed");
        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(sealed, bytes);
        kiosk.close();

        kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2))));
        watch = new OutboxWatch(kiosk.outbox());

        assertThat(watch.awaitDrained(WAIT)).isTrue();
        // the kiosk cannot open what it sealed: the approval system finds the damage and refuses the package
        assertThat(kiosk.outbox().entry(damaged).orElseThrow().rejectionCode()).contains("UNSEALABLE_BODY");
        assertThat(kiosk.outbox().entry(fine).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId).containsExactly(fine);
    }

    @Test
    void aNewFilingWakesAnIdleWorkerAtOnce() throws Exception {
        FilingOutcome.Filed first = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));
        assertThat(watch.awaitDrained(WAIT)).isTrue();

        FilingOutcome.Filed second = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));

        assertThat(watch.awaitState(second.submissionId(), OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId)
                .containsExactly(second.submissionId(), first.submissionId());
    }

    @Test
    void theKeyIsEnrolledAgainWhenTheBackendHasForgottenIt() throws Exception {
        // a backend that lost its key table answers UNKNOWN_KEY; a fresh backend data dir stands in for it,
        // with the sealing keyring it kept (a backend that loses that loses what kiosks sealed to it)
        FilingOutcome.Filed filed = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));
        assertThat(watch.awaitState(filed.submissionId(), OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        int port = backend.backend().port();
        backend.close();
        Files.createDirectories(dir.resolve("backend-2"));
        Files.copy(dir.resolve("backend/sealing-keys.json"), dir.resolve("backend-2/sealing-keys.json"));
        org.onetrip.backend.ReferenceBackend fresh = new org.onetrip.backend.ReferenceBackend(
                org.onetrip.backend.BackendOptions.openTestDouble());
        fresh.start(port, dir.resolve("backend-2"));
        try {
            FilingOutcome.Filed next = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));
            assertThat(watch.awaitState(next.submissionId(), OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
            assertThat(kiosk.outbox().entry(next.submissionId()).orElseThrow().attempts()).isEqualTo(1);
        } finally {
            fresh.stop();
            backend = new RunningBackend(dir.resolve("backend-3"));
        }
    }

    @Test
    void theProgressLookupShowsQueuedFilingsAsBeingSentAndTheRestFromTheBackend() throws Exception {
        FilingOutcome.Filed sent = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));
        assertThat(watch.awaitState(sent.submissionId(), OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        kiosk.worker().stop(Duration.ofSeconds(5));
        FilingOutcome.Filed waiting = (FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));
        kiosk.desk().file(TestFilings.moveIn(LIU_YAN));

        var report = kiosk.progress().lookup(ZHANG_WEI.idNumber());

        assertThat(report.complete()).isTrue();
        assertThat(report.filings()).hasSize(2);
        assertThat(report.filings().get(0).stage()).isEqualTo(org.onetrip.kiosk.progress.ProgressStage.SENDING);
        assertThat(report.filings().get(0).trackingNumber()).contains(waiting.trackingNumber());
        assertThat(report.filings().get(1).stage()).isEqualTo(org.onetrip.kiosk.progress.ProgressStage.RECEIVED);
        assertThat(report.filings().get(1).trackingNumber()).contains(sent.trackingNumber());
        assertThat(report.filings().get(1).acceptanceNumber()).isPresent();

        backend.backend().goDown();
        var offline = kiosk.progress().lookup(ZHANG_WEI.idNumber());
        assertThat(offline.complete()).isFalse();
        assertThat(offline.filings()).extracting(f -> f.stage()).containsExactly(
                org.onetrip.kiosk.progress.ProgressStage.SENDING,
                org.onetrip.kiosk.progress.ProgressStage.HANDED_OVER);
        assertThat(kiosk.progress().lookup("310104195211082461").filings()).isEmpty();
        assertThat(kiosk.client().catalogVersion()).isInstanceOf(CallOutcome.Retryable.class);
    }
}
