package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateRequest;
import org.onetrip.kiosk.backend.ApprovalContract.PrintFailure;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.testsupport.RunningBackend;

/** A printed certificate's count reaches the backend even when the backend is down at the moment it printed. */
class IssuanceReportsTest {
    @TempDir
    Path dir;

    private RunningBackend backend;
    private IssuanceLedger ledger;
    private IssuanceReports reports;
    private ApprovalBackendClient client;

    @BeforeEach
    void start() {
        backend = new RunningBackend(dir.resolve("backend"));
        client = new ApprovalBackendClient(backend.connection(Duration.ofSeconds(2)));
        ledger = IssuanceLedger.open(dir.resolve("data"), Clock.systemUTC(), IssuanceRig.SHANGHAI);
        reports = new IssuanceReports(client, ledger,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(5), 2.0, new Random(3)));
    }

    @AfterEach
    void stop() {
        reports.close();
        ledger.close();
        backend.close();
    }

    @Test
    void aPrintReportKeptDueWhileTheBackendIsDownIsSentWhenItIsBack() throws Exception {
        String code = client.issueCertificate(new CertificateRequest("HOUSEHOLD_REGISTRATION", IssuanceRig.ZHANG_WEI,
                RunningBackend.KIOSK_ID, "session-1"), "session-1-HOUSEHOLD_REGISTRATION-1").orElseThrow()
                .verificationCode();
        LedgerEntry entry = ledger.request("session-1-HOUSEHOLD_REGISTRATION-1", "ZM-HJ", "holder");
        ledger.issued(entry.id(), code);
        ledger.sentToPrinter(entry.id());
        ledger.printed(entry.id());
        backend.backend().goDown();

        assertThat(reports.sendDueNow().get(10, TimeUnit.SECONDS)).isFalse();
        LedgerEntry waiting = ledger.entry(entry.id()).orElseThrow();
        assertThat(waiting.report()).isEqualTo(BackendReport.PRINTED_DUE);
        assertThat(waiting.reportError()).isPresent();

        backend.backend().comeUp();
        assertThat(reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();

        assertThat(ledger.entry(entry.id()).orElseThrow().report()).isEqualTo(BackendReport.SENT);
        assertThat(client.certificatePrintFailed(code, new PrintFailure("X"))).isInstanceOfSatisfying(
                CallOutcome.Refused.class, r -> assertThat(r.code()).isEqualTo(ContractError.CERTIFICATE_STATE_CONFLICT));
    }

    @Test
    void aReportTheBackendRefusesForGoodIsKeptForTheTechnicianAndDoesNotHoldUpTheOthers() throws Exception {
        LedgerEntry unknown = ledger.request("session-1-NO_CRIMINAL_RECORD-1", "ZM-WFZJL", "holder");
        ledger.issued(unknown.id(), "ZZZZ-ZZZZ-ZZZZ");
        ledger.sentToPrinter(unknown.id());
        ledger.printed(unknown.id());

        assertThat(reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();

        LedgerEntry refused = ledger.entry(unknown.id()).orElseThrow();
        assertThat(refused.report()).isEqualTo(BackendReport.REFUSED);
        assertThat(refused.reportError()).contains("UNKNOWN_CERTIFICATE");
        assertThat(refused.state()).isEqualTo(IssuanceState.PRINTED);
    }
}
