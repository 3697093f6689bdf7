package org.onetrip.kiosk.filing;

import org.onetrip.kiosk.sealing.SealingKeys;
import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.filing.FilingRig.CALENDAR;
import static org.onetrip.kiosk.filing.FilingRig.WAIT;
import static org.onetrip.kiosk.filing.FilingRig.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.sim.PrintedReceipt;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.material.MaterialChecklist;
import org.onetrip.kiosk.material.MaterialState;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.progress.FilingProgress;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.submission.FilingRefused;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.ValueWatch;

/**
 * "File an application" without a screen, the way a citizen goes through it, against the real
 * drivers and their simulators, the outbox and the reference backend (see {@link FilingRig}). Each
 * test checks what the citizen would see in the view and what the backend, the outbox, the disk
 * and the receipt printer actually got.
 */
class FilingJourneyTest {

    /** Residence permit: form with a mailing address; ID card (an electronic licence), photo, lease (may come later). */
    private static final String RESIDENCE_PERMIT = "GAJ-JZZSL";
    /** Medical treatment elsewhere: a short form and the ID card only, so nothing needs the scanner. */
    private static final String TREATMENT_ELSEWHERE = "YBJ-YDJYBA";
    /** Unemployment benefit: the proof of ended employment may be replaced by a signed commitment. */
    private static final String UNEMPLOYMENT_BENEFIT = "RSJ-SYBXJSL";

    private static final String MAILING_ADDRESS = "北京市朝阳区建国路88号院3号楼1201";
    private static final String MOBILE = "13800138000";

    @TempDir
    Path dir;

    private FilingRig rig;
    private FilingJourney journey;

    @BeforeEach
    void start() throws Exception {
        rig = new FilingRig(dir);
        journey = rig.journey;
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    // ---- the whole way, and what the receipt says

    @Test
    void aFilingByPostReachesTheBackendOnceAndItsReceiptStatesWhatWasChosenUnderOneTrackingNumber() throws Exception {
        reviewResidencePermit(true);

        journey.submit();

        FilingView.Receipt receipt = rig.await(FilingView.Receipt.class, r -> r.stage() != FilingView.ReceiptStage.PRINTING,
                "the receipt printed or failed");
        assertThat(receipt.stage()).isEqualTo(FilingView.ReceiptStage.PRINTED);
        String tracking = receipt.trackingNumber();
        LocalDate today = LocalDate.now(rig.clock);
        LocalDate dueAndPromised = CALENDAR.addWorkingDays(today, 10);

        PrintedReceipt paper = rig.printerSimulator.awaitReceipt(WAIT).orElseThrow();
        List<String> lines = paper.textLines();
        assertThat(paper.cut()).isTrue();
        assertThat(lines).as("no reprint mark on the first receipt").doesNotContain(ReceiptDocument.REPRINT_BANNER);
        assertThat(lines).contains(tracking);
        assertThat(paper.barcodes()).singleElement().extracting(PrintedReceipt.Barcode::data).isEqualTo(tracking);
        assertThat(lines).anyMatch(line -> line.contains("居住证申领"));
        assertThat(lines).anyMatch(line -> line.contains("居民身份证 ×"));
        assertThat(lines).anyMatch(line -> line.contains("近期免冠证件照 ×1"));
        assertThat(lines).anyMatch(line -> line.contains("待补材料"));
        assertThat(lines).anyMatch(line -> line.contains("房屋租赁合同"));
        assertThat(lines).anyMatch(line -> line.contains("补交期限 Due " + dueAndPromised));
        assertThat(lines).anyMatch(line -> line.contains("承诺办结") && line.contains(dueAndPromised.toString()));
        assertThat(lines).anyMatch(line -> line.contains("邮寄送达 By post"));
        assertThat(lines).anyMatch(line -> line.contains("北京市朝阳区****"));
        assertThat(String.join("\n", lines)).as("no personal data in full on paper")
                .doesNotContain("建国路").doesNotContain(ZHANG_WEI).doesNotContain("张伟")
                .doesNotContain("到大厅领取");

        awaitDelivered();
        assertThat(rig.submissions.outbox().entries()).singleElement().extracting(OutboxEntry::trackingNumber)
                .isEqualTo(tracking);
        Filing atBackend = onlyFilingAtBackend();
        assertThat(atBackend.trackingNumber()).isEqualTo(tracking);
        assertThat(atBackend.matterCodes()).containsExactly(RESIDENCE_PERMIT);
        assertThat(atBackend.promisedDate()).isEqualTo(dueAndPromised.toString());
        FilingProgress progress = rig.submissions.progress().lookup(ZHANG_WEI).filings().get(0);
        assertThat(progress.displayNumber()).isEqualTo(tracking);
        assertThat(progress.promisedDate()).contains(dueAndPromised);

        journey.skipRating();
        assertThat(rig.view()).isEqualTo(new FilingView.Thanks(tracking, true));
    }

    // ---- going back

    @Test
    void goingBackFromEachStepKeepsWhatWasEnteredAndAbandoningDropsItAll() throws Exception {
        FilingView.Form form = startFiling(RESIDENCE_PERMIT);
        FilingForm answers = form.form();
        answers.answer("MAILING_ADDRESS", MAILING_ADDRESS);
        answers.answer("MOBILE", MOBILE);
        journey.toMaterials();
        rig.await(FilingView.Materials.class, "the materials");

        journey.back();

        FilingView.Form again = rig.await(FilingView.Form.class, "back on the form");
        assertThat(again.form()).isSameAs(answers);
        assertThat(again.showProblems()).isFalse();
        assertThat(answers.answer("MAILING_ADDRESS")).isEqualTo(MAILING_ADDRESS);
        assertThat(answers.answer("MOBILE")).isEqualTo(MOBILE);

        journey.toMaterials();
        MaterialChecklist checklist = rig.await(FilingView.Materials.class, "the materials again").checklist();
        fetchIdCard();
        scan("ID_PHOTO");
        settle("LEASE_CONTRACT", MaterialState.PROMISED);
        journey.toDelivery();
        rig.await(FilingView.Delivery.class, "the delivery choice");

        journey.back();

        FilingView.Materials materials = rig.await(FilingView.Materials.class, "back on the materials");
        assertThat(materials.checklist()).isSameAs(checklist);
        assertThat(checklist.complete()).isTrue();
        assertThat(checklist.item("ID_PHOTO").pages().count()).isEqualTo(1);
        assertThat(checklist.item("ID_CARD").state().get()).isEqualTo(MaterialState.FETCHED);
        assertThat(checklist.item("LEASE_CONTRACT").state().get()).isEqualTo(MaterialState.PROMISED);

        journey.toDelivery();
        FilingView.Delivery delivery = rig.await(FilingView.Delivery.class, "the delivery choice again");
        journey.chooseDelivery(DeliveryMethod.BY_POST);
        delivery.delivery().answer(DeliveryField.POSTCODE, "100020");
        journey.toReview();
        FilingView.Review review = rig.await(FilingView.Review.class, "the review");
        assertThat(review.form()).isSameAs(answers);

        journey.back();

        FilingView.Delivery backOnDelivery = rig.await(FilingView.Delivery.class, "back on the delivery choice");
        assertThat(backOnDelivery.method()).isEqualTo(DeliveryMethod.BY_POST);
        assertThat(backOnDelivery.delivery().answer(DeliveryField.ADDRESS)).isEqualTo(MAILING_ADDRESS);
        assertThat(backOnDelivery.delivery().answer(DeliveryField.POSTCODE)).isEqualTo("100020");
        assertThat(backOnDelivery.delivery().answer(DeliveryField.MOBILE)).isEqualTo(MOBILE);

        journey.back();
        rig.await(FilingView.Materials.class, "back on the materials from the delivery");
        journey.back();
        rig.await(FilingView.Form.class, "back on the form from the materials");
        assertThat(rig.spooledFiles()).as("the scanned photo is on disk while the filing goes on").isNotEmpty();

        journey.abandon();

        assertThat(rig.view()).isInstanceOf(FilingView.NotYet.class);
        assertThat(answers.answer("MOBILE")).as("the answers are wiped").isEmpty();
        assertThat(answers.answer("MAILING_ADDRESS")).isEmpty();
        assertThat(checklist.isWiped()).isTrue();
        rig.cleanerDone();
        assertThat(rig.spooledFiles()).as("the scanned pages are deleted").isEmpty();
        assertThat(rig.cards.identification().citizen()).as("the session goes on").isPresent();
        assertThat(rig.submissions.outbox().entries()).isEmpty();
        journey.submit();
        assertThat(rig.view()).isInstanceOf(FilingView.NotYet.class);
    }

    // ---- refusals

    @Test
    void eachStepRefusesToGoOnUntilItIsCompleteAndSaysWhatIsMissing() throws Exception {
        FilingView.Form form = startFiling(RESIDENCE_PERMIT);
        assertThat(form.showProblems()).isFalse();

        journey.toMaterials();

        FilingView.Form refused = rig.await(FilingView.Form.class, FilingView.Form::showProblems,
                "the form with its problems shown");
        assertThat(refused.form().problems()).containsEntry("MAILING_ADDRESS", FieldProblem.REQUIRED)
                .containsEntry("MOBILE", FieldProblem.REQUIRED);
        assertThat(refused.form().problems()).as("what the card filled in is fine").doesNotContainKeys(
                "APPLICANT_NAME", "APPLICANT_ID_NUMBER", "DOMICILE_ADDRESS");

        refused.form().answer("MAILING_ADDRESS", MAILING_ADDRESS);
        refused.form().answer("MOBILE", "1380013");
        journey.toMaterials();
        assertThat(rig.view()).isInstanceOf(FilingView.Form.class);
        assertThat(refused.form().problems()).containsOnlyKeys("MOBILE");

        refused.form().answer("MOBILE", MOBILE);
        journey.toMaterials();
        FilingView.Materials materials = rig.await(FilingView.Materials.class, "the materials");

        journey.toDelivery();

        assertThat(rig.view()).as("materials unsettled: the citizen stays").isSameAs(materials);
        fetchIdCard();
        settle("LEASE_CONTRACT", MaterialState.PROMISED);
        journey.toDelivery();
        assertThat(rig.view()).as("the photo is still missing").isInstanceOf(FilingView.Materials.class);
        assertThat(materials.checklist().nextUnsettled()).hasValueSatisfying(
                item -> assertThat(item.code()).isEqualTo("ID_PHOTO"));
        scan("ID_PHOTO");
        journey.toDelivery();
        FilingView.Delivery delivery = rig.await(FilingView.Delivery.class, "the delivery choice");
        journey.chooseDelivery(DeliveryMethod.BY_POST);
        delivery.delivery().answer(DeliveryField.ADDRESS, "");

        journey.toReview();

        FilingView.Delivery problems = rig.await(FilingView.Delivery.class, FilingView.Delivery::showProblems,
                "the delivery choice with its problems shown");
        assertThat(problems.method()).isEqualTo(DeliveryMethod.BY_POST);
        assertThat(problems.delivery().problems()).containsEntry(DeliveryField.ADDRESS, FieldProblem.REQUIRED)
                .containsEntry(DeliveryField.POSTCODE, FieldProblem.REQUIRED);
        journey.submit();
        assertThat(rig.view()).as("nothing is submitted from a refused step").isSameAs(problems);

        journey.chooseDelivery(DeliveryMethod.AT_HALL);
        journey.toReview();
        rig.await(FilingView.Review.class, "collected at the hall, no address is needed");
        assertThat(rig.submissions.outbox().entries()).isEmpty();
    }

    // ---- the card on the reader

    @Test
    void aCardSwappedOnTheReaderEndsTheFilingWipesItsPagesAndFilesNothing() throws Exception {
        FilingView.Review review = reviewResidencePermit(false);
        FilingForm answers = review.form();
        MaterialChecklist checklist = review.checklist();
        assertThat(rig.spooledFiles()).isNotEmpty();

        rig.cards.swapCardTo("wang-fang");

        rig.await(FilingView.NotYet.class, "the filing is gone with the session");
        journey.submit();
        assertThat(rig.view()).isInstanceOf(FilingView.NotYet.class);
        assertThat(rig.cards.identification().citizen()).isEmpty();
        assertThat(answers.answer("MOBILE")).isEmpty();
        assertThat(answers.answer("APPLICANT_NAME")).isEmpty();
        assertThat(checklist.isWiped()).isTrue();
        rig.cleanerDone();
        assertThat(rig.spooledFiles()).as("the first citizen's scanned pages are deleted").isEmpty();
        assertThat(rig.submissions.outbox().entries()).isEmpty();
        assertThat(rig.backend.filingsOf(ZHANG_WEI)).isEmpty();

        // the card now on the reader starts afresh, with nothing of the first citizen
        CitizenIdentity next = rig.cards.identifyCardOnReader(Journey.FILE_APPLICATION);
        assertThat(next.maskedName()).isEqualTo("王*");
        journey.start(rig.matter(RESIDENCE_PERMIT));
        FilingView.Form fresh = rig.await(FilingView.Form.class, "the next citizen's form");
        assertThat(fresh.form()).isNotSameAs(answers);
        assertThat(fresh.form().answer("APPLICANT_ID_NUMBER")).isEqualTo("640104199007211822");
        assertThat(fresh.form().answer("MOBILE")).isEmpty();
        assertThat(fresh.form().answer("MAILING_ADDRESS")).isEmpty();
    }

    @Test
    void leavingTheJourneyDropsTheDraftAndItsPagesAtOnceWhileTheSessionGoesOn() throws Exception {
        FilingView.Form form = startFiling(RESIDENCE_PERMIT);
        form.form().answer("MAILING_ADDRESS", MAILING_ADDRESS);
        form.form().answer("MOBILE", MOBILE);
        journey.toMaterials();
        MaterialChecklist checklist = rig.await(FilingView.Materials.class, "the materials").checklist();
        scan("ID_PHOTO");
        assertThat(rig.spooledFiles()).isNotEmpty();

        rig.cards.shell().back();

        assertThat(rig.view()).as("forgotten the moment the journey is left").isInstanceOf(FilingView.NotYet.class);
        assertThat(checklist.isWiped()).isTrue();
        assertThat(form.form().answer("MOBILE")).isEmpty();
        rig.cleanerDone();
        assertThat(rig.spooledFiles()).isEmpty();
        assertThat(rig.cards.shell().sessionScope()).as("the session goes on").isPresent();
        assertThat(rig.cards.identification().citizen()).isPresent();

        rig.cards.shell().openJourney(Journey.FILE_APPLICATION);
        journey.start(rig.matter(RESIDENCE_PERMIT));
        FilingView.Form fresh = rig.await(FilingView.Form.class, "a fresh form on the next visit");
        assertThat(fresh.form()).isNotSameAs(form.form());
        assertThat(fresh.form().answer("MOBILE")).isEmpty();
        assertThat(fresh.form().answer("APPLICANT_ID_NUMBER")).isEqualTo(ZHANG_WEI);
        assertThat(rig.submissions.outbox().entries()).isEmpty();
    }

    // ---- the commit

    @Test
    void aFullDiskRefusesTheFilingKeepsNothingAndTheCitizenCanGoBackAndSubmitOnceThereIsSpace() throws Exception {
        reviewTreatmentElsewhere();
        rig.freeBytes.set(1024);

        journey.submit();

        FilingView.NotFiled refused = rig.await(FilingView.NotFiled.class, "not filed");
        assertThat(refused.reason()).isEqualTo(FilingRefused.DISK_FULL);
        assertThat(rig.submissions.outbox().entries()).isEmpty();
        assertThat(rig.outboxFiles()).isEmpty();
        assertThat(rig.printerSimulator.receipts()).isEmpty();

        journey.back();

        rig.await(FilingView.Review.class, "back on the review");
        rig.freeBytes.set(Long.MAX_VALUE);
        journey.submit();
        FilingView.Receipt receipt = rig.await(FilingView.Receipt.class, r -> r.stage() == FilingView.ReceiptStage.PRINTED,
                "filed and printed");
        awaitDelivered();
        assertThat(rig.submissions.outbox().entries()).hasSize(1);
        assertThat(onlyFilingAtBackend().trackingNumber()).isEqualTo(receipt.trackingNumber());
    }

    @Test
    void anOutboxThatWentAwayEndsInNotFiledWithAReasonNeverInSubmittingAndKeepsNothing() throws Exception {
        reviewTreatmentElsewhere();
        rig.submissions.outbox().close();

        journey.submit();

        FilingView.NotFiled refused = rig.await(FilingView.NotFiled.class, "not filed");
        assertThat(refused.reason()).isEqualTo(FilingRefused.OUTBOX_UNAVAILABLE);
        assertThat(rig.view()).isSameAs(refused);
        assertThat(rig.printerSimulator.receipts()).as("no receipt for what was not filed").isEmpty();
        assertThat(rig.backend.filingsOf(ZHANG_WEI)).isEmpty();
        try (Outbox reopened = Outbox.open(rig.kioskData, SealingKeys.open(Set.of(), rig.kioskData, Clock.systemUTC()),
                directory -> Long.MAX_VALUE, 0, Clock.systemUTC())) {
            assertThat(reopened.entries()).as("nothing was kept on disk").isEmpty();
        }
        assertThat(rig.outboxFiles()).isEmpty();
    }

    // ---- the receipt

    @Test
    void paperOutLeavesTheFilingStandingAndTheReceiptPrintsAgainWithTheReprintMark() throws Exception {
        FilingView.Form form = startFiling(UNEMPLOYMENT_BENEFIT);
        form.form().answer("EMPLOYER_NAME", "北京星辰科技有限公司");
        form.form().answer("SEPARATION_DATE", "2026-10-30");
        form.form().answer("BANK_CARD_NUMBER", "6222020200112233445");
        form.form().answer("MOBILE", MOBILE);
        journey.toMaterials();
        rig.await(FilingView.Materials.class, "the materials");
        fetchIdCard();
        settle("SEPARATION_PROOF", MaterialState.COMMITTED);
        scan("BANK_CARD");
        journey.toDelivery();
        rig.await(FilingView.Delivery.class, "the delivery choice");
        journey.toReview();
        rig.await(FilingView.Review.class, "the review");
        rig.printerSimulator.runOutOfPaperAfterLines(5);

        journey.submit();

        FilingView.Receipt failed = rig.await(FilingView.Receipt.class, r -> r.stage() != FilingView.ReceiptStage.PRINTING,
                "the receipt failed");
        assertThat(failed.stage()).isEqualTo(FilingView.ReceiptStage.FAILED);
        assertThat(failed.failure()).contains(FailureReason.PAPER_OUT);
        String tracking = failed.trackingNumber();
        assertThat(rig.submissions.outbox().entries()).as("the filing stands").singleElement()
                .extracting(OutboxEntry::trackingNumber).isEqualTo(tracking);
        awaitDelivered();
        assertThat(onlyFilingAtBackend().trackingNumber()).isEqualTo(tracking);

        rig.printerSimulator.loadPaper();
        journey.printAgain();

        FilingView.Receipt printed = rig.await(FilingView.Receipt.class, r -> r.stage() == FilingView.ReceiptStage.PRINTED,
                "the receipt printed again");
        assertThat(printed.trackingNumber()).isEqualTo(tracking);
        List<PrintedReceipt> paper = rig.printerSimulator.receipts();
        assertThat(paper).hasSize(2);
        assertThat(paper.get(0).cut()).as("the piece printed before the paper ran out is torn off").isFalse();
        PrintedReceipt reprint = paper.get(1);
        List<String> lines = reprint.textLines();
        assertThat(lines.get(0)).isEqualTo(ReceiptDocument.REPRINT_BANNER);
        assertThat(lines).contains(tracking);
        assertThat(reprint.barcodes()).singleElement().extracting(PrintedReceipt.Barcode::data).isEqualTo(tracking);
        assertThat(lines).anyMatch(line -> line.contains("失业保险金申领"));
        assertThat(lines).anyMatch(line -> line.contains("居民身份证 ×"));
        assertThat(lines).anyMatch(line -> line.contains("本人银行卡 ×1"));
        assertThat(lines).anyMatch(line -> line.contains("已签承诺"));
        assertThat(lines).anyMatch(line -> line.contains("解除或终止劳动关系证明"));
        assertThat(lines).anyMatch(line -> line.contains("到大厅领取 Collect at the hall"));
        assertThat(lines).noneMatch(line -> line.contains("待补材料"));
        assertThat(rig.submissions.outbox().entries()).as("printing again files nothing again").hasSize(1);
        assertThat(rig.backend.filingsOf(ZHANG_WEI)).hasSize(1);

        journey.rate(5, List.of());
        assertThat(rig.view()).isEqualTo(new FilingView.Thanks(tracking, true));
        rig.cards.shell().finish();

        List<AuditEntry> journalled = rig.journalled();
        assertThat(journalled).extracting(AuditEntry::action).containsSubsequence(AuditAction.FILING_COMMITTED,
                AuditAction.RECEIPT_NOT_PRINTED, AuditAction.RECEIPT_PRINTED, AuditAction.SESSION_ENDED);
        assertThat(journalled).filteredOn(e -> e.action() == AuditAction.FILING_COMMITTED).singleElement()
                .extracting(AuditEntry::detail).isEqualTo(tracking + " " + UNEMPLOYMENT_BENEFIT);
        assertThat(journalled).filteredOn(e -> e.action() == AuditAction.RECEIPT_NOT_PRINTED).singleElement()
                .extracting(AuditEntry::detail).isEqualTo(tracking + ": PAPER_OUT");
        assertThat(journalled.get(journalled.size() - 1).detail()).startsWith("finished after").endsWith("FILE_APPLICATION");
        assertThat(journalled).as("the journal holds nothing of the citizen").allSatisfy(entry ->
                assertThat(entry.actor() + " " + entry.detail()).doesNotContain(ZHANG_WEI).doesNotContain("张伟")
                        .doesNotContain(MOBILE).doesNotContain("6222020200112233445").doesNotContain("星辰"));
        assertThat(rig.audit.verify().intact()).isTrue();
    }

    // ---- steps shared by the tests

    /** Zhang Wei opens "file an application" with their card and starts the matter; its form shows. */
    private FilingView.Form startFiling(String matterCode) {
        rig.cards.identify("zhang-wei", Journey.FILE_APPLICATION);
        journey.start(rig.matter(matterCode));
        return rig.await(FilingView.Form.class, "the form of " + matterCode);
    }

    /** The residence permit filled in, its materials settled (a photo scanned), up to the review. */
    private FilingView.Review reviewResidencePermit(boolean byPost) throws Exception {
        FilingView.Form form = startFiling(RESIDENCE_PERMIT);
        form.form().answer("MAILING_ADDRESS", MAILING_ADDRESS);
        form.form().answer("MOBILE", MOBILE);
        journey.toMaterials();
        rig.await(FilingView.Materials.class, "the materials");
        fetchIdCard();
        scan("ID_PHOTO");
        settle("LEASE_CONTRACT", MaterialState.PROMISED);
        journey.toDelivery();
        FilingView.Delivery delivery = rig.await(FilingView.Delivery.class, "the delivery choice");
        if (byPost) {
            journey.chooseDelivery(DeliveryMethod.BY_POST);
            delivery.delivery().answer(DeliveryField.POSTCODE, "100020");
        }
        journey.toReview();
        return rig.await(FilingView.Review.class, "the review");
    }

    /** A matter that needs no scanner, filled in up to the review. */
    private FilingView.Review reviewTreatmentElsewhere() {
        FilingView.Form form = startFiling(TREATMENT_ELSEWHERE);
        form.form().answer("DESTINATION_CITY", "广东省广州市");
        form.form().answer("MOBILE", MOBILE);
        journey.toMaterials();
        rig.await(FilingView.Materials.class, "the materials");
        fetchIdCard();
        journey.toDelivery();
        rig.await(FilingView.Delivery.class, "the delivery choice");
        journey.toReview();
        return rig.await(FilingView.Review.class, "the review");
    }

    /** The citizen lets the approval system's copy of their ID card be used. */
    private void fetchIdCard() {
        journey.fetchLicence("ID_CARD");
        FilingView.Materials told = rig.await(FilingView.Materials.class, m -> m.notice().isPresent(),
                "the licence fetch is told");
        assertThat(told.notice().get().kind()).isEqualTo(MaterialNotice.Kind.LICENCE_FETCHED);
        assertThat(told.working()).isEmpty();
    }

    /** One sheet through the scanner's feeder into {@code materialCode}. */
    private void scan(String materialCode) {
        rig.scannerSimulator.loadFeeder(List.of(SimulatedPage.DOCUMENT));
        journey.scan(materialCode);
        FilingView.Materials told = rig.await(FilingView.Materials.class, m -> m.working().isEmpty()
                && m.notice().filter(n -> n.materialCode().equals(materialCode)).isPresent(), "the scan is told");
        assertThat(told.notice().get().kind()).isEqualTo(MaterialNotice.Kind.SCANNED);
        assertThat(told.notice().get().pages()).isEqualTo(1);
    }

    /** The citizen promises the material later, or signs the commitment that replaces it. */
    private void settle(String materialCode, MaterialState wanted) {
        MaterialChecklist checklist = ((FilingView.Materials) rig.view()).checklist();
        if (wanted == MaterialState.PROMISED) {
            journey.promiseLater(materialCode);
        } else {
            journey.commitInstead(materialCode);
        }
        ValueWatch.await(checklist.item(materialCode).state(), state -> state == wanted, WAIT,
                materialCode + " is " + wanted);
    }

    private void awaitDelivered() throws InterruptedException {
        try (OutboxWatch watch = new OutboxWatch(rig.submissions.outbox())) {
            assertThat(watch.awaitDrained(WAIT)).as("the outbox delivers to the backend").isTrue();
        }
    }

    private Filing onlyFilingAtBackend() {
        List<Filing> filings = rig.backend.filingsOf(ZHANG_WEI);
        assertThat(filings).hasSize(1);
        return filings.get(0);
    }
}
