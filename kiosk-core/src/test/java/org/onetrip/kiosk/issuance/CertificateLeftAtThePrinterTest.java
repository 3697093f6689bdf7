package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.printer.JobListing;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrinterJob;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppEvePrinterExtension;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateStatus;
import org.onetrip.kiosk.backend.ApprovalContract.PrintFailure;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * A kiosk process killed while its certificate's job is still at a real IPP printer (ippeveprinter,
 * its engine held so the job stays unfinished), then started again over the same data, as the
 * composition root starts it.
 */
class CertificateLeftAtThePrinterTest {
    @RegisterExtension
    static final IppEvePrinterExtension ippeve = new IppEvePrinterExtension();

    @TempDir
    Path dir;

    private RunningBackend backend;
    private Path data;

    @BeforeEach
    void start() {
        backend = new RunningBackend(dir.resolve("backend"));
        data = dir.resolve("data");
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    private URI backendUri() {
        return backend.backend().baseUri();
    }

    /** The dead kiosk's job, as the printer lists the kiosk's unfinished jobs. */
    private PrinterJob jobAtThePrinter(String code) throws Exception {
        try (IppDocumentPrinter asking = new IppDocumentPrinter(ippeve.uri(),
                IppPrinterSettings.defaults().withUserName(RunningBackend.KIOSK_ID), Clock.systemUTC())) {
            JobListing listed = asking.unfinishedJobs().get(30, TimeUnit.SECONDS);
            assertThat(listed).isInstanceOf(JobListing.Listed.class);
            List<PrinterJob> jobs = ((JobListing.Listed) listed).jobs();
            assertThat(jobs).as("the dead kiosk's job is still at the printer").singleElement()
                    .satisfies(job -> assertThat(job.name()).isEqualTo("ZM-HJ-" + code));
            return jobs.get(0);
        }
    }

    private String killedWhilePrinting() throws Exception {
        ippeve.holdEngine();
        return CertificateKiosk.runAndKill(data, backendUri(), ippeve.uri(), dir.resolve("kiosk-errors.txt"));
    }

    @Test
    void aCertificateStillQueuedWhenTheKioskDiedIsCancelledAtTheNextStartAndNeverPrints() throws Exception {
        String code = killedWhilePrinting();
        PrinterJob job = jobAtThePrinter(code);
        assertThat(job.state()).isEqualTo(JobState.PROCESSING);

        try (CertificateKiosk kiosk = new CertificateKiosk(data, backendUri(), ippeve.uri())) {
            kiosk.sessions.start("zhang-wei");
            List<CertificateOffer> offers = kiosk.desk.offer(kiosk.sessions.citizen()).get(90, TimeUnit.SECONDS);

            assertThat(offers).filteredOn(o -> o.type().code().equals("ZM-HJ")).singleElement()
                    .satisfies(offer -> assertThat(offer.printedToday()).as("not counted as issued").isZero());
            assertThat(kiosk.leftovers.clear()).isEqualTo(new LeftoverPrintJobs.Outcome.Cleared(1, 0, 1));
            LedgerEntry entry = kiosk.ledger.byVerificationCode(code).orElseThrow();
            assertThat(entry.state()).isEqualTo(IssuanceState.FAILED);
            assertThat(entry.lastFailure()).contains(LeftoverPrintJobs.CANCELLED_AT_START_UP);
            assertThat(kiosk.journal.latest(10)).extracting(AuditEntry::action, AuditEntry::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CERTIFICATE_JOB_CANCELLED_AT_START_UP,
                            "job " + job.jobId() + " (ZM-HJ-" + code + ", PROCESSING) cancelled; ledger entry "
                                    + entry.id() + " not printed"));
            assertThat(kiosk.reports.sendDueNow().get(30, TimeUnit.SECONDS)).isTrue();
            CertificateStatus atBackend = kiosk.client.certificatePrintFailed(code,
                    new PrintFailure(LeftoverPrintJobs.CANCELLED_AT_START_UP)).orElseThrow();
            assertThat(atBackend.state()).isEqualTo("PRINT_FAILED");
            assertThat(atBackend.failureReason()).isEqualTo(LeftoverPrintJobs.CANCELLED_AT_START_UP);
        }

        // the printer carries on: the cancelled job ends without a page
        ippeve.releaseEngine();
        ippeve.awaitJobState(job.jobId(), JobState.CANCELED);
        assertThat(ippeve.keptDocument(job.jobId())).as("the printer had received it").isPresent();
        assertThat(ippeve.printedDocument(job.jobId())).as("and never printed it").isEmpty();
    }

    @Test
    void aCertificateThatPrintedAfterTheKioskDiedIsCountedAtTheNextStart() throws Exception {
        // ippeveprinter forgets an ended job after a minute: the fonts are parsed before the job ends
        IssuanceRig.renderer();
        String code = killedWhilePrinting();
        PrinterJob job = jobAtThePrinter(code);
        ippeve.releaseEngine();
        ippeve.awaitJobState(job.jobId(), JobState.COMPLETED);
        assertThat(ippeve.printedDocument(job.jobId())).isPresent();

        try (CertificateKiosk kiosk = new CertificateKiosk(data, backendUri(), ippeve.uri())) {
            kiosk.sessions.start("zhang-wei");
            List<CertificateOffer> offers = kiosk.desk.offer(kiosk.sessions.citizen()).get(90, TimeUnit.SECONDS);

            assertThat(offers).filteredOn(o -> o.type().code().equals("ZM-HJ")).singleElement()
                    .satisfies(offer -> assertThat(offer.printedToday()).isOne());
            assertThat(kiosk.leftovers.clear()).isEqualTo(new LeftoverPrintJobs.Outcome.Cleared(0, 1, 0));
            assertThat(kiosk.ledger.byVerificationCode(code).orElseThrow().state()).isEqualTo(IssuanceState.PRINTED);
            assertThat(kiosk.journal.latest(10)).extracting(AuditEntry::action)
                    .contains(AuditAction.CERTIFICATE_PRINT_SETTLED_AT_START_UP);
            assertThat(kiosk.reports.sendDueNow().get(30, TimeUnit.SECONDS)).isTrue();
            // the backend holds it as printed: a failure report can no longer change that
            assertThat(kiosk.client.certificatePrintFailed(code, new PrintFailure("X"))).isInstanceOfSatisfying(
                    CallOutcome.Refused.class, r -> assertThat(r.code()).isEqualTo(ContractError.CERTIFICATE_STATE_CONFLICT));
        }
    }
}
