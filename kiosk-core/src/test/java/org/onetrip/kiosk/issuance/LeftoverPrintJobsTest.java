package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.issuance.IssuanceRig.HOUSEHOLD;
import static org.onetrip.kiosk.issuance.IssuanceRig.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.diag.TestPage;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;

/** Settling what an earlier run left at the printer, against the printer simulator on loopback. */
class LeftoverPrintJobsTest {
    @TempDir
    Path dir;

    private IssuanceRig rig;
    private final TestSessions kiosk = new TestSessions();
    private CertificateDesk desk;

    @BeforeEach
    void start() throws Exception {
        rig = new IssuanceRig(dir);
        desk = rig.desk(kiosk);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    /** A certificate an earlier run handed to the printer and never heard of again. */
    private LedgerEntry leftSentToThePrinter() {
        LedgerEntry entry = rig.ledger.request("earlier-HOUSEHOLD_REGISTRATION-1", HOUSEHOLD.code(),
                rig.lookupKey.applicantKey(ZHANG_WEI));
        rig.ledger.issued(entry.id(), "7K2M-Q9XD-40TB");
        rig.ledger.rendered(entry.id(), 1);
        rig.ledger.sentToPrinter(entry.id());
        return entry;
    }

    private static void awaitCleared(LeftoverPrintJobs leftovers) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!leftovers.isCleared()) {
            assertThat(System.nanoTime()).as("settled once the printer answers again").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void whileThePrinterCannotBeReachedNothingNewPrintsAndOnceItAnswersTheLeftoversAreSettledFirst() throws Exception {
        LedgerEntry left = leftSentToThePrinter();
        rig.printerSimulator.dropConnections(1_000);
        rig.leftovers.start(rig.work);
        kiosk.start("zhang-wei");
        IssueOutcome.Ready ready = (IssueOutcome.Ready) desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);

        assertThat(rig.leftovers.clear()).isInstanceOf(LeftoverPrintJobs.Outcome.NotCleared.class);
        PrintOutcome refused = desk.print(ready.issuance(), stage -> { }).get(60, TimeUnit.SECONDS);

        assertThat(refused).isEqualTo(new PrintOutcome.NotPrinted(NotPrintedReason.PRINTER_FAILED,
                Optional.of(PrintFailure.PRINTER_OFFLINE), true));
        assertThat(rig.printerSimulator.jobs()).as("nothing was sent").isEmpty();
        assertThat(rig.ledger.entry(left.id()).orElseThrow().state()).isEqualTo(IssuanceState.SENT_TO_PRINTER);

        rig.printerSimulator.dropConnections(0);
        rig.printer.refreshStatus().get(10, TimeUnit.SECONDS);
        awaitCleared(rig.leftovers);

        LedgerEntry settled = rig.ledger.entry(left.id()).orElseThrow();
        assertThat(settled.state()).as("the printer does not know its job: never counted on a guess")
                .isEqualTo(IssuanceState.FAILED);
        assertThat(settled.lastFailure()).contains("INTERRUPTED");
        assertThat(rig.journal.latest(5)).extracting(AuditEntry::action).contains(AuditAction.CERTIFICATE_PRINT_SETTLED_AT_START_UP);
        assertThat(desk.print(ready.issuance(), stage -> { }).get(60, TimeUnit.SECONDS))
                .isInstanceOf(PrintOutcome.Printed.class);
    }

    @Test
    void aJobAnotherKioskQueuedAtTheSamePrinterIsLeftAlone() throws Exception {
        rig.printerSimulator.printTime(Duration.ofMinutes(5));
        try (IppDocumentPrinter anotherKiosk = new IppDocumentPrinter(rig.printerSimulator.uri(),
                IppPrinterSettings.defaults().withUserName("SZ-NS-0002").withPollInterval(Duration.ofMillis(50)),
                Clock.systemUTC())) {
            CompletableFuture<PrintJobOutcome> theirs = anotherKiosk.print(new PrintRequest("ZM-HJ-OTHER-KIOSK",
                    TestPage.pdf(java.time.ZonedDateTime.now(), "other")), step -> { });
            awaitJob(JobState.PROCESSING);

            assertThat(rig.leftovers.clear()).isEqualTo(new LeftoverPrintJobs.Outcome.Cleared(0, 0, 0));

            assertThat(rig.printerSimulator.jobs()).singleElement()
                    .satisfies(job -> assertThat(job.state()).isEqualTo(JobState.PROCESSING));
            assertThat(theirs).isNotDone();
        }
    }

    private void awaitJob(JobState state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (rig.printerSimulator.jobs().stream().noneMatch(j -> j.state() == state)) {
            assertThat(System.nanoTime()).as("a job " + state).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
