package org.onetrip.kiosk.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.issuance.IssuanceRig.HOUSEHOLD;
import static org.onetrip.kiosk.issuance.IssuanceRig.NO_CRIMINAL_RECORD;
import static org.onetrip.kiosk.issuance.IssuanceRig.ZHANG_WEI;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.sim.PrinterCondition;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateStatus;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.testsupport.CardSessions;

/** The certificate journey's services from the offer to the pages in the tray, against the real backend and printer simulator. */
class CertificateJourneyTest {
    @TempDir
    Path dir;

    private IssuanceRig rig;
    private final TestSessions kiosk = new TestSessions();
    private CertificateDesk desk;
    private final List<PrintStage> stages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        rig = new IssuanceRig(dir);
        desk = rig.desk(kiosk);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private IssueOutcome.Ready ready(org.onetrip.config.catalog.CertificateType type) throws Exception {
        IssueOutcome outcome = desk.issue(kiosk.session(), kiosk.citizen(), type).get(30, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(IssueOutcome.Ready.class);
        return (IssueOutcome.Ready) outcome;
    }

    @Test
    void aCertificateIssuedAsDataIsRenderedPreviewedPrintedAndReportedIssued() throws Exception {
        kiosk.start("zhang-wei");

        IssueOutcome.Ready ready = ready(HOUSEHOLD);
        String code = ready.issuance().verificationCode().orElseThrow();
        assertThat(ready.preview().getWidth()).isEqualTo(793);
        assertThat(rig.ledger.byVerificationCode(code).orElseThrow().state()).isEqualTo(IssuanceState.RENDERED);

        PrintOutcome outcome = desk.print(ready.issuance(), stages::add).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo(new PrintOutcome.Printed(code, 1, IssuanceState.PRINTED));
        // a 100 ms job may finish between two polls of the printer, so "printing" is not always seen
        assertThat(stages).startsWith(PrintStage.WAITING_FOR_PRINTER, PrintStage.SENDING)
                .doesNotContain(PrintStage.PRINTER_STOPPED).endsWith(PrintStage.DONE);
        Map<String, String> tray = rig.printedTexts();
        assertThat(tray).containsOnlyKeys("job-1-ZM-HJ-" + code + ".pdf");
        assertThat(tray.values().iterator().next()).contains(ZHANG_WEI).contains(code).contains("户籍证明");
        assertThat(rig.reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();
        LedgerEntry entry = rig.ledger.byVerificationCode(code).orElseThrow();
        assertThat(entry.state()).isEqualTo(IssuanceState.PRINTED);
        assertThat(entry.report()).isEqualTo(BackendReport.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
        // the backend holds it as printed: a failure report can no longer change that
        assertThat(rig.client.certificatePrintFailed(code, new org.onetrip.kiosk.backend.ApprovalContract.PrintFailure("X")))
                .isInstanceOfSatisfying(CallOutcome.Refused.class,
                        r -> assertThat(r.code()).isEqualTo(ContractError.CERTIFICATE_STATE_CONFLICT));
    }

    @Test
    void aSignedPdfFromTheBackendIsPrintedAsItIsAndCountsAgainstTheDailyLimit() throws Exception {
        kiosk.start("li-xiuying");
        IssueOutcome.Ready ready = ready(NO_CRIMINAL_RECORD);
        String code = ready.issuance().verificationCode().orElseThrow();

        assertThat(desk.print(ready.issuance(), stages::add).get(30, TimeUnit.SECONDS).getClass())
                .isEqualTo(PrintOutcome.Printed.class);

        assertThat(rig.printedTexts().values()).singleElement().asString().contains(IssuanceRig.LI_XIUYING).contains(code);
        List<CertificateOffer> offers = desk.offer(kiosk.citizen()).get(10, TimeUnit.SECONDS);
        assertThat(offers).extracting(o -> o.type().code(), CertificateOffer::unavailable, CertificateOffer::printedToday)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ZM-HJ", java.util.Optional.empty(), 0),
                        org.assertj.core.groups.Tuple.tuple("ZM-WFZJL", java.util.Optional.of(IssueRefusal.LIMIT_REACHED), 1),
                        org.assertj.core.groups.Tuple.tuple("ZM-YYZZFB", java.util.Optional.of(IssueRefusal.NOT_OFFERED), 0));
        IssueOutcome again = desk.issue(kiosk.session(), kiosk.citizen(), NO_CRIMINAL_RECORD).get(10, TimeUnit.SECONDS);
        assertThat(again).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueRefusal.LIMIT_REACHED));
        // a print the printer already did cannot be sent a second time
        assertThat(desk.print(ready.issuance(), stages::add).get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(
                PrintOutcome.NotPrinted.class, n -> assertThat(n.reason()).isEqualTo(NotPrintedReason.ALREADY_PRINTED));
        assertThat(rig.printerSimulator.jobs()).hasSize(1);
    }

    @Test
    void aJammedPrintIsNotCountedIsReportedFailedAndPrintsAgainWithTheSameCode() throws Exception {
        kiosk.start("zhang-wei");
        IssueOutcome.Ready ready = ready(HOUSEHOLD);
        String code = ready.issuance().verificationCode().orElseThrow();
        rig.printerSimulator.printTime(java.time.Duration.ofSeconds(30));
        AtomicBoolean jammed = new AtomicBoolean();
        rig.printerSimulator.addJobListener(job -> {
            if (job.state() == JobState.PROCESSING && jammed.compareAndSet(false, true)) {
                rig.printerSimulator.set(PrinterCondition.MEDIA_JAM);
            }
        });

        PrintOutcome first = desk.print(ready.issuance(), stages::add).get(30, TimeUnit.SECONDS);

        assertThat(first).isInstanceOfSatisfying(PrintOutcome.NotPrinted.class, n -> {
            assertThat(n.reason()).isEqualTo(NotPrintedReason.PRINTER_FAILED);
            assertThat(n.printerFailure()).contains(PrintFailure.MEDIA_JAM);
            assertThat(n.advice()).isEqualTo(PrintFailure.MEDIA_JAM.advice());
            assertThat(n.canPrintAgain()).isTrue();
        });
        assertThat(rig.printedTexts()).isEmpty();
        assertThat(rig.reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();
        LedgerEntry failed = rig.ledger.byVerificationCode(code).orElseThrow();
        assertThat(failed.state()).isEqualTo(IssuanceState.FAILED);
        assertThat(failed.lastFailure()).contains("PRINTER:MEDIA_JAM");
        assertThat(failed.report()).isEqualTo(BackendReport.SENT);
        assertThat(desk.offer(kiosk.citizen()).get(10, TimeUnit.SECONDS).get(0).printedToday()).isZero();

        rig.printerSimulator.clearAll();
        rig.printerSimulator.printTime(java.time.Duration.ofMillis(100));
        PrintOutcome second = desk.reprint(ready.issuance(), stages::add).get(30, TimeUnit.SECONDS);

        assertThat(second).isEqualTo(new PrintOutcome.Printed(code, 1, IssuanceState.REPRINTED));
        assertThat(rig.printedTexts()).containsOnlyKeys("job-2-ZM-HJ-" + code + "-r1.pdf");
        assertThat(rig.reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();
        LedgerEntry reprinted = rig.ledger.byVerificationCode(code).orElseThrow();
        assertThat(reprinted.state()).isEqualTo(IssuanceState.REPRINTED);
        assertThat(reprinted.attempts()).isEqualTo(2);
        assertThat(reprinted.report()).isEqualTo(BackendReport.SENT);
        assertThat(desk.offer(kiosk.citizen()).get(10, TimeUnit.SECONDS).get(0).printedToday()).isEqualTo(1);
    }

    @Test
    void aPdfChangedOnTheWayIsRefusedWithAReasonAndReportedToTheBackend() throws Exception {
        // the first half of the signed PDF, with the digest and signature of the whole
        rig.tap.rewriteIssueAnswers(json -> json.replaceFirst("\"pdfBase64\":\"([A-Za-z0-9+/]{40})[^\"]*\"",
                "\"pdfBase64\":\"$1\""));
        kiosk.start("wang-fang");

        IssueOutcome outcome = desk.issue(kiosk.session(), kiosk.citizen(), NO_CRIMINAL_RECORD).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(IssueRefusal.DOCUMENT_REFUSED);
            assertThat(r.reason().advice()).contains("人工窗口");
            assertThat(r.detail()).contains("signature");
        });
        assertThat(rig.reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();
        LedgerEntry entry = rig.ledger.entries().get(0);
        assertThat(entry.state()).isEqualTo(IssuanceState.FAILED);
        assertThat(entry.lastFailure()).contains("PDF:BAD_SIGNATURE");
        assertThat(entry.report()).isEqualTo(BackendReport.SENT);
        CertificateStatus atBackend = rig.client.certificatePrintFailed(entry.verificationCode().orElseThrow(),
                new org.onetrip.kiosk.backend.ApprovalContract.PrintFailure("PDF:BAD_SIGNATURE")).orElseThrow();
        assertThat(atBackend.state()).isEqualTo("PRINT_FAILED");
        assertThat(atBackend.failureReason()).isEqualTo("PDF:BAD_SIGNATURE");
        assertThat(rig.printerSimulator.jobs()).isEmpty();
    }

    @Test
    void aCardSwappedOnTheReaderBeforePrintingEndsTheSessionAndNothingIsPrintedOrCounted() throws Exception {
        try (CardSessions cards = new CardSessions()) {
            CertificateDesk atTheReader = rig.desk(SessionBinding.of(cards.shell(), cards.identification()));
            CitizenIdentity zhangWei = cards.identify("zhang-wei", Journey.PRINT_CERTIFICATE);
            IssueOutcome issued = atTheReader.issue(cards.session(), zhangWei, HOUSEHOLD).get(30, TimeUnit.SECONDS);
            assertThat(issued).isInstanceOf(IssueOutcome.Ready.class);
            Issuance ready = ((IssueOutcome.Ready) issued).issuance();
            String code = ready.verificationCode().orElseThrow();

            cards.swapCardTo("wang-fang");
            PrintOutcome outcome = atTheReader.print(ready, stages::add).get(30, TimeUnit.SECONDS);

            assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.NotPrinted.class, n -> {
                assertThat(n.reason()).isEqualTo(NotPrintedReason.SESSION_ENDED);
                assertThat(n.canPrintAgain()).isFalse();
            });
            assertThat(ready.isWithdrawn()).isTrue();
            assertThat(zhangWei.record().isWiped()).isTrue();
            assertThat(rig.printerSimulator.jobs()).as("nothing reached the printer").isEmpty();
            assertThat(rig.printedTexts()).isEmpty();
            LedgerEntry entry = rig.ledger.byVerificationCode(code).orElseThrow();
            assertThat(entry.state().isPrinted()).as("nothing is counted as issued").isFalse();
            assertThat(entry.state()).as("the ledger says it was not printed").isEqualTo(IssuanceState.FAILED);
            assertThat(entry.lastFailure()).as("and why").contains("SESSION_ENDED");
        }
    }

    @Test
    void aCardSwappedOnTheReaderWhileTheBackendIssuesGetsTheFirstHolderNothing() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        rig.tap.rewriteIssueAnswers(json -> {
            answered.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return json;
        });
        try (CardSessions cards = new CardSessions()) {
            CertificateDesk atTheReader = rig.desk(SessionBinding.of(cards.shell(), cards.identification()));
            CitizenIdentity zhangWei = cards.identify("zhang-wei", Journey.PRINT_CERTIFICATE);
            var issuing = atTheReader.issue(cards.session(), zhangWei, HOUSEHOLD);
            assertThat(answered.await(30, TimeUnit.SECONDS)).as("the backend answered; the answer is on its way").isTrue();

            cards.swapCardTo("wang-fang");
            letGo.countDown();
            IssueOutcome outcome = issuing.get(30, TimeUnit.SECONDS);

            assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                    r -> assertThat(r.reason()).isEqualTo(IssueRefusal.SESSION_ENDED));
            assertThat(rig.printerSimulator.jobs()).isEmpty();
            LedgerEntry entry = rig.ledger.entries().get(0);
            assertThat(entry.state()).isEqualTo(IssuanceState.FAILED);
            assertThat(entry.lastFailure()).contains("SESSION_ENDED");
        }
    }

    @Test
    void anIdentityThatIsNotTheCardInTheReaderGetsNothing() throws Exception {
        kiosk.start("zhang-wei");
        TestSessions other = new TestSessions();
        other.start("li-xiuying");

        IssueOutcome outcome = desk.issue(kiosk.session(), other.citizen(), HOUSEHOLD).get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueRefusal.NOT_IDENTIFIED));
        assertThat(rig.tap.issueRequests).isEmpty();
        assertThat(rig.ledger.entries()).isEmpty();
    }

    @Test
    void aPersonTheApprovalSystemDoesNotKnowIsSentToACounterAndNothingIsReported() throws Exception {
        kiosk.startWithIdNumber("zhang-wei", "110101199003076632");

        IssueOutcome outcome = desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueRefusal.UNKNOWN_HOLDER));
        LedgerEntry entry = rig.ledger.entries().get(0);
        assertThat(entry.state()).isEqualTo(IssuanceState.FAILED);
        assertThat(entry.lastFailure()).contains("BACKEND:UNKNOWN_HOLDER");
        assertThat(entry.verificationCode()).isEmpty();
        assertThat(entry.report()).isEqualTo(BackendReport.NONE);
    }

    @Test
    void aBackendThatCannotBeReachedIsToldPlainlyAndTheSameKeyIsUsedWhenTheCitizenTriesAgain() throws Exception {
        kiosk.start("ouyang-mingyuan");
        rig.backend.backend().goDown();

        IssueOutcome down = desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD).get(30, TimeUnit.SECONDS);

        assertThat(down).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueRefusal.BACKEND_UNAVAILABLE));
        assertThat(rig.tap.issueKeys).hasSize(3).containsOnly(rig.tap.issueKeys.get(0));
        rig.backend.backend().comeUp();

        IssueOutcome.Ready ready = ready(HOUSEHOLD);

        assertThat(rig.tap.issueKeys).hasSize(4).containsOnly(rig.tap.issueKeys.get(0));

        assertThat(rig.ledger.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.verificationCode()).isEqualTo(ready.issuance().verificationCode());
            assertThat(entry.state()).isEqualTo(IssuanceState.RENDERED);
        });
    }

    @Test
    void dataAboutSomebodyElseIsRefusedAndNeverShownOrPrinted() throws Exception {
        rig.tap.rewriteIssueAnswers(json -> json.replace(ZHANG_WEI, IssuanceRig.WANG_FANG));
        kiosk.start("zhang-wei");

        IssueOutcome outcome = desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueRefusal.HOLDER_MISMATCH));
        assertThat(rig.ledger.entries().get(0).lastFailure()).contains("HOLDER_MISMATCH");
        assertThat(rig.printerSimulator.jobs()).isEmpty();
    }

    @Test
    void dataWithoutTheHoldersIdNumberIsRefusedWithAClearReasonAndReported() throws Exception {
        rig.tap.rewriteIssueAnswers(json -> json.replace("\"key\":\"idNumber\"", "\"key\":\"idNo\""));
        kiosk.start("zhang-wei");

        IssueOutcome outcome = desk.issue(kiosk.session(), kiosk.citizen(), HOUSEHOLD).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(IssueOutcome.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(IssueRefusal.DOCUMENT_REFUSED);
            assertThat(r.detail()).isEqualTo("the data has no field 'idNumber'");
        });
        assertThat(rig.reports.sendDueNow().get(10, TimeUnit.SECONDS)).isTrue();
        LedgerEntry entry = rig.ledger.entries().get(0);
        assertThat(entry.lastFailure()).contains("DATA:MALFORMED");
        assertThat(entry.report()).isEqualTo(BackendReport.SENT);
    }
}
