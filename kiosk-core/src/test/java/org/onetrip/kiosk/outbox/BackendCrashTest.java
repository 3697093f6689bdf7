package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.BackendProcess;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * The backend dies between its commit and its answer: its process stops for real ({@link FaultMode#CRASH}
 * in a backend run as a process of its own) once it has committed the filing, and never answers. Started
 * again on the same data, it receives the kiosk's retry and recognises it: it answers with the acceptance
 * number of the filing it committed before it died, and holds that one filing and no other.
 */
class BackendCrashTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    @TempDir
    Path dir;

    @Test
    void aBackendThatDiesBetweenItsCommitAndItsAnswerRecognisesTheRetryAndFilesOnce() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path backendData = dir.resolve("backend");
        SubmissionRuntime kiosk;
        String submissionId;
        BackendConnection connection;
        // the kiosk starts beside the backend (taking its sealing key), then files while the backend is down
        try (BackendProcess first = BackendProcess.start(port, backendData)) {
            connection = BackendConnection.plain(first.baseUri(), RunningBackend.KIOSK_ID, Duration.ofSeconds(2));
            kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"), connection));
        }
        FilingOutcome outcome = kiosk.desk().file(TestFilings.moveIn(TestFilings.ZHANG_WEI));
        assertThat(outcome).isInstanceOf(FilingOutcome.Filed.class);
        submissionId = ((FilingOutcome.Filed) outcome).submissionId();
        try (kiosk; OutboxWatch watch = new OutboxWatch(kiosk.outbox())) {
            String commit = SUBMISSIONS + "/" + submissionId + "/commit";
            Instant crashed;
            try (BackendProcess crashing = BackendProcess.start(port, backendData, "CRASH:" + commit)) {
                assertThat(crashing.awaitExit(Duration.ofSeconds(60))).as("the backend died: " + crashing.lines())
                        .isEqualTo(FaultMode.CRASH_EXIT_STATUS);
                crashed = Instant.now();
                assertThat(crashing.lines()).as("it handled the commit, then died without answering")
                        .anyMatch(l -> l.contains("POST " + commit + " -> 200 handled; the backend stops now"));
            }
            assertThat(kiosk.outbox().entry(submissionId).orElseThrow().state())
                    .as("the kiosk never heard the answer").isNotEqualTo(OutboxState.ACKNOWLEDGED);

            try (BackendProcess restarted = BackendProcess.start(port, backendData)) {
                assertThat(watch.awaitState(submissionId, OutboxState.ACKNOWLEDGED, Duration.ofSeconds(60)))
                        .as("the kiosk's retry is acknowledged").isTrue();
                assertThat(restarted.await(l -> l.startsWith("INFO") && l.contains("POST " + commit + " -> 200"),
                        Duration.ofSeconds(10))).as("the restarted backend received the retried commit: "
                        + restarted.lines()).isTrue();

                List<Filing> held = new ApprovalBackendClient(connection)
                        .lookupFilings(TestFilings.ZHANG_WEI.idNumber()).orElseThrow().filings();
                assertThat(held).as("the backend holds one filing").hasSize(1);
                Filing filing = held.get(0);
                assertThat(filing.submissionId()).isEqualTo(submissionId);
                assertThat(Instant.parse(filing.committedAt())).as("committed before the backend died, not for the retry")
                        .isBefore(crashed);
                assertThat(kiosk.outbox().entry(submissionId).orElseThrow().acceptanceNumber())
                        .as("the retry was answered with the number the backend gave before it died")
                        .contains(filing.acceptanceNumber());
            }
        }
    }
}
