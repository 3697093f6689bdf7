package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.issuance.IssuanceRig.HOUSEHOLD;
import static org.onetrip.kiosk.issuance.IssuanceRig.LI_XIUYING;
import static org.onetrip.kiosk.issuance.IssuanceRig.WANG_FANG;
import static org.onetrip.kiosk.issuance.IssuanceRig.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.sim.SimulatedJob;
import org.onetrip.kiosk.session.SessionScope;

/**
 * The two ways kiosks elsewhere printed one citizen's certificate for another, reproduced
 * against the real backend (slowed down), the real renderer and the printer simulator, with
 * what reaches the printer's output tray read back as text.
 */
class NeverTheWrongPersonTest {
    @TempDir
    Path dir;

    private IssuanceRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new IssuanceRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aSessionThatTimesOutWhileTheBackendIsSlowReleasesNothingToTheNextCitizen() throws Exception {
        rig.slowBackend(Duration.ofMillis(1500));
        TestSessions kiosk = new TestSessions();
        CertificateDesk desk = rig.desk(kiosk);
        SessionScope first = kiosk.start("zhang-wei");
        CompletableFuture<IssueOutcome> firstIssue = desk.issue(first, kiosk.citizen(), HOUSEHOLD);
        assertThat(rig.tap.issueRequests.poll(10, TimeUnit.SECONDS)).contains(ZHANG_WEI);

        // the citizen walked away: the session times out while the backend is still working on the answer
        kiosk.end();
        SessionScope second = kiosk.start("li-xiuying");
        IssueOutcome secondIssue = desk.issue(second, kiosk.citizen(), HOUSEHOLD).get(30, TimeUnit.SECONDS);
        IssueOutcome late = firstIssue.get(30, TimeUnit.SECONDS);

        assertThat(late).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueRefusal.SESSION_ENDED));
        IssueOutcome.Ready ready = (IssueOutcome.Ready) secondIssue;
        assertThat(desk.print(ready.issuance(), stage -> { }).get(30, TimeUnit.SECONDS))
                .isInstanceOf(PrintOutcome.Printed.class);
        Map<String, String> tray = rig.printedTexts();
        assertThat(tray).hasSize(1);
        assertThat(tray.values().iterator().next()).contains(LI_XIUYING).doesNotContain(ZHANG_WEI);
        assertThat(rig.printerSimulator.jobs()).hasSize(1);
        LedgerEntry abandoned = rig.ledger.entries().stream().filter(e -> e.lastFailure().isPresent()).findFirst()
                .orElseThrow();
        assertThat(abandoned.state()).isEqualTo(IssuanceState.FAILED);
        assertThat(abandoned.lastFailure()).contains("SESSION_ENDED");
        assertThat(abandoned.verificationCode()).isPresent();
        assertThat(rig.reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(rig.ledger.entry(abandoned.id()).orElseThrow().report()).isEqualTo(BackendReport.SENT);
    }

    @Test
    void aSessionThatEndsMidPrintHasItsJobCancelledAndTheNextCitizenGetsOnlyTheirOwn() throws Exception {
        TestSessions kiosk = new TestSessions();
        CertificateDesk desk = rig.desk(kiosk);
        kiosk.start("zhang-wei");
        IssueOutcome.Ready first = (IssueOutcome.Ready) desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);
        // a printer under load: the job sits in the printer far longer than the session lasts
        rig.printerSimulator.printTime(Duration.ofMinutes(2));
        CountDownLatch printing = new CountDownLatch(1);
        CompletableFuture<PrintOutcome> firstPrint = desk.print(first.issuance(), stage -> {
            if (stage == PrintStage.PRINTING) {
                printing.countDown();
            }
        });
        assertThat(printing.await(10, TimeUnit.SECONDS)).isTrue();

        kiosk.end();

        assertThat(firstPrint.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(PrintOutcome.NotPrinted.class, n -> {
            assertThat(n.reason()).isEqualTo(NotPrintedReason.SESSION_ENDED);
            assertThat(n.canPrintAgain()).isFalse();
        });
        assertThat(rig.printerSimulator.jobs()).singleElement().extracting(SimulatedJob::state).isEqualTo(JobState.CANCELED);
        assertThat(first.issuance().isWithdrawn()).isTrue();

        rig.printerSimulator.printTime(Duration.ofMillis(100));
        kiosk.start("wang-fang");
        IssueOutcome.Ready second = (IssueOutcome.Ready) desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);
        assertThat(desk.print(second.issuance(), stage -> { }).get(30, TimeUnit.SECONDS))
                .isInstanceOf(PrintOutcome.Printed.class);
        // the first citizen's issuance is gone for good: it can never be sent again
        assertThat(desk.reprint(first.issuance(), stage -> { }).get(10, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(PrintOutcome.NotPrinted.class,
                        n -> assertThat(n.reason()).isEqualTo(NotPrintedReason.SESSION_ENDED));

        Map<String, String> tray = rig.printedTexts();
        assertThat(tray).hasSize(1);
        assertThat(tray.values().iterator().next()).contains(WANG_FANG).doesNotContain(ZHANG_WEI);
        assertThat(rig.ledger.byVerificationCode(first.issuance().verificationCode().orElseThrow()).orElseThrow()
                .lastFailure()).contains("SESSION_ENDED");
    }

    @Test
    void twoRequestsASecondApartOnOnePrinterEachPrintOnlyTheirOwnHoldersCertificate() throws Exception {
        rig.slowBackend(Duration.ofMillis(1500));
        TestSessions kioskA = new TestSessions();
        TestSessions kioskB = new TestSessions();
        CertificateDesk deskA = rig.desk(kioskA);
        CertificateDesk deskB = rig.desk(kioskB);
        kioskA.start("zhang-wei");
        kioskB.start("wang-fang");

        CompletableFuture<PrintOutcome> printA = deskA.issue(kioskA.session(), kioskA.citizen(), HOUSEHOLD)
                .thenCompose(outcome -> deskA.print(((IssueOutcome.Ready) outcome).issuance(), stage -> { }));
        assertThat(rig.tap.issueRequests.poll(10, TimeUnit.SECONDS)).contains(ZHANG_WEI);
        // the same certificate type asked one second later, while the first answer is still on its way
        CompletableFuture<PrintOutcome> printB = CompletableFuture.supplyAsync(() -> null,
                        CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))
                .thenCompose(ignored -> deskB.issue(kioskB.session(), kioskB.citizen(), HOUSEHOLD))
                .thenCompose(outcome -> deskB.print(((IssueOutcome.Ready) outcome).issuance(), stage -> { }));

        PrintOutcome.Printed a = (PrintOutcome.Printed) printA.get(30, TimeUnit.SECONDS);
        PrintOutcome.Printed b = (PrintOutcome.Printed) printB.get(30, TimeUnit.SECONDS);

        assertThat(a.verificationCode()).isNotEqualTo(b.verificationCode());
        Map<String, String> tray = rig.printedTexts();
        assertThat(tray).hasSize(2);
        String pagesOfA = tray.entrySet().stream().filter(e -> e.getKey().contains(a.verificationCode()))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        String pagesOfB = tray.entrySet().stream().filter(e -> e.getKey().contains(b.verificationCode()))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(pagesOfA).contains(ZHANG_WEI).contains(a.verificationCode()).doesNotContain(WANG_FANG);
        assertThat(pagesOfB).contains(WANG_FANG).contains(b.verificationCode()).doesNotContain(ZHANG_WEI);
        assertThat(rig.printerSimulator.jobs()).hasSize(2).allMatch(job -> job.state() == JobState.COMPLETED);
    }

    @Test
    void aSessionThatEndsWhileWaitingForTheBusyPrinterNeverReachesIt() throws Exception {
        TestSessions kioskA = new TestSessions();
        TestSessions kioskB = new TestSessions();
        CertificateDesk deskA = rig.desk(kioskA);
        CertificateDesk deskB = rig.desk(kioskB);
        kioskA.start("zhang-wei");
        kioskB.start("li-xiuying");
        IssueOutcome.Ready a = (IssueOutcome.Ready) deskA.issue(kioskA.session(), kioskA.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);
        IssueOutcome.Ready b = (IssueOutcome.Ready) deskB.issue(kioskB.session(), kioskB.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);
        rig.printerSimulator.printTime(Duration.ofMinutes(2));
        CountDownLatch aPrinting = new CountDownLatch(1);
        CompletableFuture<PrintOutcome> printA = deskA.print(a.issuance(), stage -> {
            if (stage == PrintStage.PRINTING) {
                aPrinting.countDown();
            }
        });
        assertThat(aPrinting.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch bWaiting = new CountDownLatch(1);
        CompletableFuture<PrintOutcome> printB = deskB.print(b.issuance(), stage -> {
            if (stage == PrintStage.WAITING_FOR_PRINTER) {
                bWaiting.countDown();
            }
        });
        assertThat(bWaiting.await(10, TimeUnit.SECONDS)).isTrue();

        kioskB.end();
        kioskA.end();

        assertThat(printA.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(PrintOutcome.NotPrinted.class,
                n -> assertThat(n.reason()).isEqualTo(NotPrintedReason.SESSION_ENDED));
        assertThat(printB.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(PrintOutcome.NotPrinted.class,
                n -> assertThat(n.reason()).isEqualTo(NotPrintedReason.SESSION_ENDED));
        assertThat(rig.printerSimulator.jobs()).singleElement().satisfies(job -> {
            assertThat(job.jobName()).contains(a.issuance().verificationCode().orElseThrow());
            assertThat(job.state()).isEqualTo(JobState.CANCELED);
        });
        assertThat(rig.printedTexts()).isEmpty();
    }

    @Test
    void aPrinterHeldTooLongAbortsTheWaitingIssuanceWithoutSendingIt() throws Exception {
        TestSessions kioskA = new TestSessions();
        TestSessions kioskB = new TestSessions();
        CertificateDesk deskA = rig.desk(kioskA);
        CertificateDesk deskB = rig.desk(kioskB, Duration.ofSeconds(1));
        kioskA.start("zhang-wei");
        kioskB.start("li-xiuying");
        IssueOutcome.Ready a = (IssueOutcome.Ready) deskA.issue(kioskA.session(), kioskA.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);
        IssueOutcome.Ready b = (IssueOutcome.Ready) deskB.issue(kioskB.session(), kioskB.citizen(), HOUSEHOLD)
                .get(30, TimeUnit.SECONDS);
        rig.printerSimulator.printTime(Duration.ofMinutes(2));
        CountDownLatch aPrinting = new CountDownLatch(1);
        CompletableFuture<PrintOutcome> printA = deskA.print(a.issuance(), stage -> {
            if (stage == PrintStage.PRINTING) {
                aPrinting.countDown();
            }
        });
        assertThat(aPrinting.await(10, TimeUnit.SECONDS)).isTrue();

        PrintOutcome waited = deskB.print(b.issuance(), stage -> { }).get(30, TimeUnit.SECONDS);

        assertThat(waited).isInstanceOfSatisfying(PrintOutcome.NotPrinted.class, n -> {
            assertThat(n.reason()).isEqualTo(NotPrintedReason.PRINTER_BUSY);
            assertThat(n.canPrintAgain()).isTrue();
        });
        assertThat(rig.ledger.byVerificationCode(b.issuance().verificationCode().orElseThrow()).orElseThrow()
                .lastFailure()).contains("PRINTER_BUSY");
        assertThat(rig.printerSimulator.jobs()).hasSize(1);
        kioskA.end();
        assertThat(printA.get(30, TimeUnit.SECONDS).getClass()).isEqualTo(PrintOutcome.NotPrinted.class);
    }
}
