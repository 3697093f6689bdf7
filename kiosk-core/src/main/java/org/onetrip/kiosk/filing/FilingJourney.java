package org.onetrip.kiosk.filing;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.journal.Journal;
import org.onetrip.kiosk.journal.JournalEvent;
import org.onetrip.kiosk.journey.Choice;
import org.onetrip.kiosk.material.MaterialChecklist;
import org.onetrip.kiosk.material.MaterialDesk;
import org.onetrip.kiosk.material.MaterialFiling;
import org.onetrip.kiosk.material.MaterialItem;
import org.onetrip.kiosk.material.MaterialScanning;
import org.onetrip.kiosk.material.MaterialTooLargeException;
import org.onetrip.config.calendar.WorkingDayCalendar;
import org.onetrip.kiosk.material.ScanReport;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionData;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRefused;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ResultDelivery;
import org.onetrip.kiosk.submission.SubmissionDesk;
import org.onetrip.kiosk.supervision.Offer;
import org.onetrip.kiosk.supervision.OfferedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "File an application" after the matter's page: the form, the materials, how to receive the
 * result, a last review, submit, the receipt and the rating. Each call returns at once; the disk,
 * the scanner, the network and the printer are worked on {@code io}, and the view follows. What the
 * citizen entered lives in the session and is wiped with it, however it ends.
 */
public final class FilingJourney {

    private static final Logger log = LoggerFactory.getLogger(FilingJourney.class);

    private final KioskShell shell;
    private final CardIdentification identification;
    private final ServiceCatalog catalog;
    private final MaterialDesk materials;
    private final Optional<MaterialScanning> scanning;
    private final ScanRequest scanRequest;
    private final LicenceFetch licences;
    private final SubmissionDesk submissions;
    private final Optional<FilingReceipts> receipts;
    private final RatingDesk ratings;
    private final ReadOnlyValue<Offer> offer;
    private final WorkingDayCalendar calendar;
    private final Journal journal;
    private final Executor io;
    private final Clock clock;
    private final Value<FilingView> view = new Value<>(new FilingView.NotYet());
    private Draft draft;
    private MaterialWork busy;
    private MaterialScanning.RunningScan runningScan;
    private boolean stopWanted;

    /** Everything the journey's dependencies are; bundled so the constructor stays readable. */
    public record Services(MaterialDesk materials, Optional<MaterialScanning> scanning, ScanRequest scanRequest,
            LicenceFetch licences, SubmissionDesk submissions, Optional<FilingReceipts> receipts, RatingDesk ratings,
            ReadOnlyValue<Offer> offer, WorkingDayCalendar calendar, Journal journal) {
        public Services {
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(materials, "materials");
            Objects.requireNonNull(scanning, "scanning");
            Objects.requireNonNull(scanRequest, "scanRequest");
            Objects.requireNonNull(licences, "licences");
            Objects.requireNonNull(submissions, "submissions");
            Objects.requireNonNull(receipts, "receipts");
            Objects.requireNonNull(ratings, "ratings");
        }
    }

    /** @param io where the disk, network and device work runs; never the screen's thread */
    public FilingJourney(KioskShell shell, CardIdentification identification, ServiceCatalog catalog,
            Services services, Executor io, Clock clock) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.identification = Objects.requireNonNull(identification, "identification");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.materials = services.materials();
        this.scanning = services.scanning();
        this.scanRequest = services.scanRequest();
        this.licences = services.licences();
        this.submissions = services.submissions();
        this.receipts = services.receipts();
        this.ratings = services.ratings();
        this.offer = services.offer();
        this.calendar = services.calendar();
        this.journal = services.journal();
        this.io = Objects.requireNonNull(io, "io");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ReadOnlyValue<FilingView> view() {
        return view;
    }

    /** Whether materials can be scanned here now; without a scanner only promises and licences remain. */
    public boolean canScan() {
        return scanning.isPresent() && offer.get().offers(OfferedService.FILE_WITH_SCAN);
    }

    /**
     * Whether this can be filed here now: the matter is filed at kiosks, and with the scanner down only
     * when none of its materials must be scanned today.
     */
    public boolean canFileNow(Choice choice) {
        if (choice instanceof Choice.OneMatter one) {
            return one.matter().online() && offer.get().canFile(one.matter());
        }
        Choice.OneThing thing = (Choice.OneThing) choice;
        return thing.matters().stream().allMatch(Matter::online)
                && offer.get().canFile(catalog.requirementsOf(thing.bundle()));
    }

    /** The citizen starts filing what their matter's page shows. */
    public void start(Choice choice) {
        Optional<CitizenIdentity> citizen = identification.citizen();
        Optional<SessionScope> session = shell.sessionScope();
        Optional<SessionScope> journey = shell.journeyScope();
        if (citizen.isEmpty() || session.isEmpty() || journey.isEmpty() || !(view.get() instanceof FilingView.NotYet)
                || !canFileNow(choice)) {
            return;
        }
        view.set(new FilingView.Working(choice));
        io.execute(() -> prepare(choice, citizen.get(), session.get(), journey.get()));
    }

    private void prepare(Choice choice, CitizenIdentity citizen, SessionScope session, SessionScope journey) {
        Draft started;
        try {
            FilingForm form = FilingForm.of(choice, catalog, citizen.record());
            MaterialChecklist checklist = choice instanceof Choice.OneMatter one
                    ? materials.checklistFor(one.matter(), session)
                    : materials.checklistFor(((Choice.OneThing) choice).bundle(), session);
            started = new Draft(choice, citizen, form, checklist, new DeliveryForm(form, citizen.record().address()),
                    clock.instant(), UUID.randomUUID().toString().replace("-", ""));
            synchronized (this) {
                draft = started;
            }
            // held after the draft is known, so that a session ending now forgets it too
            session.hold(form);
            session.hold(started.delivery);
            session.hold(new Forget(started));
            // leaving the journey drops the filing in the making and its scanned pages at once
            journey.hold(new Abandon(started));
        } catch (IllegalStateException sessionEnded) {
            forget(null);
            return;
        } catch (IOException | RuntimeException e) {
            log.warn("a filing could not start: {}", e.toString());
            forget(null);
            return;
        }
        show(started, new FilingView.Form(choice, started.form, false));
    }

    /** Back from the form to the matter's page; what was entered is dropped. */
    public synchronized void abandon() {
        if (draft != null) {
            abandon(draft);
        }
        view.set(new FilingView.NotYet());
    }

    private synchronized void abandon(Draft left) {
        if (draft != left) {
            return;
        }
        left.checklist.wipe();
        left.form.wipe();
        left.delivery.wipe();
        forget(left);
    }

    /** From the form to the materials, once every answer is acceptable. */
    public synchronized void toMaterials() {
        if (draft == null) {
            return;
        }
        if (!draft.form.complete()) {
            view.set(new FilingView.Form(draft.choice, draft.form, true));
            return;
        }
        showMaterials(Optional.empty());
    }

    /** Scans sheets into one material; the screen follows its pages as they are added. */
    public synchronized void scan(String materialCode) {
        if (draft == null || scanning.isEmpty() || busy != null) {
            return;
        }
        Draft current = draft;
        busy = new MaterialWork(materialCode, MaterialWork.Kind.SCANNING);
        stopWanted = false;
        showMaterials(Optional.empty());
        io.execute(() -> {
            MaterialScanning.RunningScan scan;
            try {
                scan = scanning.get().scan(current.checklist, materialCode, scanRequest, page -> {
                });
            } catch (RuntimeException e) {
                log.warn("a scan could not start: {}", e.toString());
                finishWork(current, new MaterialNotice(materialCode, MaterialNotice.Kind.SCANNER_STOPPED, 0,
                        Optional.of(ScanFailure.SPOOL_FAILED)));
                return;
            }
            synchronized (this) {
                runningScan = scan;
                if (stopWanted) {
                    scan.cancel();
                }
            }
            scan.report().whenComplete((report, failure) -> {
                if (failure != null) {
                    log.warn("a scan failed: {}", failure.toString());
                }
                finishWork(current, failure != null
                        ? new MaterialNotice(materialCode, MaterialNotice.Kind.SCANNER_STOPPED, 0,
                                Optional.of(ScanFailure.PROTOCOL_ERROR))
                        : noticeOf(materialCode, report));
            });
        });
    }

    private synchronized void finishWork(Draft current, MaterialNotice notice) {
        if (draft != current) {
            return;
        }
        busy = null;
        runningScan = null;
        showMaterials(Optional.of(notice));
    }

    private static MaterialNotice noticeOf(String materialCode, ScanReport report) {
        if (report.stoppedBy().isPresent() && report.added() == 0) {
            return new MaterialNotice(materialCode, MaterialNotice.Kind.SCANNER_STOPPED, 0,
                    Optional.of(report.stoppedBy().get().reason()));
        }
        if (!report.unusable().isEmpty()) {
            return MaterialNotice.of(materialCode, MaterialNotice.Kind.UNREADABLE_PAGES, report.unusable().size());
        }
        if (!report.blankPages().isEmpty()) {
            return MaterialNotice.of(materialCode, MaterialNotice.Kind.BLANK_PAGES, report.blankPages().size());
        }
        return MaterialNotice.of(materialCode, MaterialNotice.Kind.SCANNED, report.added());
    }

    /** Stops the scan under way, or the one about to start; pages already taken stay. */
    public synchronized void stopScanning() {
        stopWanted = true;
        if (runningScan != null) {
            runningScan.cancel();
        }
    }

    /** Removes one page of a material, for a retake or because it does not belong. */
    public void deletePage(String materialCode, String pageId) {
        changeMaterials(checklist -> checklist.item(materialCode).pages().delete(pageId));
    }

    /** The citizen agreed that the approval system's copy of a licence be used instead of a scan. */
    public synchronized void fetchLicence(String materialCode) {
        Optional<CitizenIdentity> citizen = identification.citizen();
        if (draft == null || citizen.isEmpty()) {
            return;
        }
        Draft current = draft;
        MaterialItem item = current.checklist.item(materialCode);
        String type = item.material().electronicLicenceType().orElseThrow(
                () -> new IllegalArgumentException("material " + materialCode + " is not an electronic licence"));
        String idNumber = citizen.get().record().idNumber();
        if (busy != null) {
            return;
        }
        busy = new MaterialWork(materialCode, MaterialWork.Kind.FETCHING);
        showMaterials(Optional.empty());
        io.execute(() -> {
            MaterialNotice.Kind said;
            try {
                LicenceOutcome outcome = licences.fetch(type, idNumber, current.visitRef);
                if (outcome instanceof LicenceOutcome.Fetched fetched) {
                    current.checklist.useLicence(materialCode, fetched.licence());
                    said = MaterialNotice.Kind.LICENCE_FETCHED;
                } else if (outcome instanceof LicenceOutcome.NotHeld) {
                    said = MaterialNotice.Kind.LICENCE_NOT_HELD;
                } else {
                    log.warn("an electronic licence could not be fetched: {}",
                            ((LicenceOutcome.Unavailable) outcome).detail());
                    said = MaterialNotice.Kind.LICENCE_UNAVAILABLE;
                }
            } catch (RuntimeException e) {
                log.warn("an electronic licence could not be fetched: {}", e.toString());
                said = MaterialNotice.Kind.LICENCE_UNAVAILABLE;
            }
            finishWork(current, MaterialNotice.of(materialCode, said, 0));
        });
    }

    /** The citizen accepted the commitment to hand the material in later. */
    public void promiseLater(String materialCode) {
        changeMaterials(checklist -> checklist.promiseLater(materialCode));
    }

    /** The citizen signed the commitment that replaces the material. */
    public void commitInstead(String materialCode) {
        changeMaterials(checklist -> checklist.commitInstead(materialCode));
    }

    /** Takes back a promise, a commitment or a fetched licence. */
    public void withdraw(String materialCode) {
        changeMaterials(checklist -> checklist.withdraw(materialCode));
    }

    /** A change to the checklist, off the screen's thread: dropping pages deletes their files. */
    private void changeMaterials(Consumer<MaterialChecklist> change) {
        Draft current = current();
        if (current == null) {
            return;
        }
        io.execute(() -> {
            try {
                change.accept(current.checklist);
            } catch (RuntimeException e) {
                // a second tap on a page already deleted, or a choice the matter does not allow
                log.warn("a change to the materials was not made: {}", e.getMessage());
            }
            synchronized (this) {
                if (draft == current && busy == null && view.get() instanceof FilingView.Materials) {
                    showMaterials(Optional.empty());
                }
            }
        });
    }

    /** From the materials to the delivery choice, once every material is settled. */
    public synchronized void toDelivery() {
        if (draft != null && draft.checklist.complete() && busy == null) {
            draft.delivery.takeFrom(draft.form);
            showDelivery(false);
        }
    }

    public synchronized void chooseDelivery(DeliveryMethod method) {
        if (draft != null) {
            draft.delivery.choose(method);
            showDelivery(false);
        }
    }

    /** From the delivery choice to the review, once a posting address is complete. */
    public synchronized void toReview() {
        if (draft == null) {
            return;
        }
        if (!draft.delivery.complete()) {
            showDelivery(true);
            return;
        }
        view.set(new FilingView.Review(draft.choice, draft.form, draft.checklist, draft.delivery));
    }

    /** One step back: not filed to review, review to delivery, delivery to materials, materials to the form. */
    public synchronized void back() {
        if (draft == null) {
            return;
        }
        FilingView now = view.get();
        if (now instanceof FilingView.NotFiled notFiled && notFiled.reason() != FilingRefused.UNCONFIRMED) {
            view.set(new FilingView.Review(draft.choice, draft.form, draft.checklist, draft.delivery));
        } else if (now instanceof FilingView.Review) {
            showDelivery(false);
        } else if (now instanceof FilingView.Delivery) {
            showMaterials(Optional.empty());
        } else if (now instanceof FilingView.Materials && busy == null) {
            view.set(new FilingView.Form(draft.choice, draft.form, false));
        }
    }

    /** Files it: the PDFs are assembled, the filing committed, then the receipt prints. */
    public synchronized void submit() {
        Optional<CitizenIdentity> citizen = identification.citizen();
        if (draft == null || citizen.isEmpty() || !(view.get() instanceof FilingView.Review)) {
            return;
        }
        Draft current = draft;
        if (!citizen.get().record().idNumber().equals(current.applicant.record().idNumber())) {
            view.set(new FilingView.NotFiled(current.choice, FilingRefused.CARD_CHANGED));
            return;
        }
        Applicant applicant = new Applicant(current.applicant.record().idNumber(), current.applicant.record().name(),
                current.applicant.record().validity().until());
        view.set(new FilingView.Submitting(current.choice));
        io.execute(() -> file(current, applicant));
    }

    private void file(Draft current, Applicant applicant) {
        MaterialFiling handedIn;
        try {
            handedIn = current.checklist.filing();
        } catch (MaterialTooLargeException e) {
            notFiled(current, FilingRefused.MATERIAL_TOO_LARGE, e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            notFiled(current, FilingRefused.MATERIALS_UNAVAILABLE, e.toString());
            return;
        }
        Map<String, Object> answers = new LinkedHashMap<>(current.form.answers());
        answers.putAll(current.delivery.answers());
        Choice choice = current.choice;
        List<String> matterCodes = choice instanceof Choice.OneMatter one ? List.of(one.matter().code()) : List.of();
        Optional<String> bundle = choice instanceof Choice.OneThing thing ? Optional.of(thing.bundle().code())
                : Optional.empty();
        // the promise on the receipt, from the hall's calendar, is the one the backend keeps
        LocalDate promised = calendar.addWorkingDays(LocalDate.now(clock), promisedDays(choice));
        ResultDelivery delivery = current.delivery.method() == DeliveryMethod.BY_POST
                ? new ResultDelivery.ByPost(current.delivery.answer(DeliveryField.ADDRESS).strip())
                : new ResultDelivery.AtHall();
        FilingOutcome outcome;
        try {
            outcome = submissions.file(new FilingRequest(matterCodes, bundle, answers, applicant,
                    handedIn.materials(), handedIn.promised(), handedIn.commitments(), current.startedAt, delivery,
                    Optional.of(promised)));
        } catch (RuntimeException e) {
            // it may have been committed: the citizen must not file it a second time
            notFiled(current, FilingRefused.UNCONFIRMED, e.toString());
            return;
        }
        if (outcome instanceof FilingOutcome.Refused refused) {
            notFiled(current, refused.reason(), refused.message());
            return;
        }
        FilingOutcome.Filed filed = (FilingOutcome.Filed) outcome;
        journal.note(new JournalEvent.FilingCommitted(filed.trackingNumber(), choice.code()));
        synchronized (this) {
            current.filed = filed;
        }
        printReceipt(current);
    }

    private void notFiled(Draft current, FilingRefused reason, String detail) {
        log.warn("a filing was not taken ({}): {}", reason, detail);
        journal.note(new JournalEvent.FilingNotTaken(current.choice.code(), reason));
        synchronized (this) {
            if (draft == current) {
                view.set(new FilingView.NotFiled(current.choice, reason));
            }
        }
    }

    /** Whether a failed receipt can be printed again here: the kiosk has a receipt printer. */
    public boolean canPrintReceipt() {
        return receipts.isPresent();
    }

    /** After a failed receipt: print it again (it carries the reprint mark). */
    public synchronized void printAgain() {
        if (draft != null && draft.filed != null && receipts.isPresent()
                && view.get() instanceof FilingView.Receipt receipt && receipt.stage() == FilingView.ReceiptStage.FAILED) {
            Draft current = draft;
            // at once, so that a second tap finds it printing
            view.set(current.receipt(FilingView.ReceiptStage.PRINTING, Optional.empty()));
            io.execute(() -> printReceipt(current));
        }
    }

    private void printReceipt(Draft current) {
        FilingOutcome.Filed filed = current.filed;
        show(current, current.receipt(FilingView.ReceiptStage.PRINTING, Optional.empty()));
        if (receipts.isEmpty()) {
            receiptNotPrinted(current, FailureReason.OFFLINE.name());
            show(current, current.receipt(FilingView.ReceiptStage.FAILED, Optional.of(FailureReason.OFFLINE)));
            return;
        }
        CompletableFuture<PrintOutcome> printing;
        try {
            printing = receipts.get().print(filed, names(current.choice));
        } catch (RuntimeException e) {
            // the filing stands: only its receipt could not be made
            log.error("the receipt of a filing could not be prepared", e);
            receiptNotPrinted(current, "not prepared");
            show(current, current.receipt(FilingView.ReceiptStage.FAILED, Optional.empty()));
            return;
        }
        printing.whenComplete((printed, failure) -> {
            if (printed instanceof PrintOutcome.Printed) {
                journal.note(new JournalEvent.Receipt(filed.trackingNumber(), Optional.empty()));
                synchronized (this) {
                    current.receiptPrinted = true;
                }
                show(current, current.receipt(FilingView.ReceiptStage.PRINTED, Optional.empty()));
            } else {
                Optional<FailureReason> reason = printed instanceof PrintOutcome.Failed failed
                        ? Optional.of(failed.reason()) : Optional.empty();
                receiptNotPrinted(current, reason.map(Enum::name).orElse("no answer from the printer"));
                show(current, current.receipt(FilingView.ReceiptStage.FAILED, reason));
            }
        });
    }

    private void receiptNotPrinted(Draft current, String why) {
        journal.note(new JournalEvent.Receipt(current.filed.trackingNumber(), Optional.of(why)));
    }

    /** The citizen's rating, 1 to 5 with reasons; sent in the background. */
    public synchronized void rate(int score, List<RatingReason> reasons) {
        if (draft == null || draft.filed == null) {
            return;
        }
        ratings.rate(draft.filed.submissionId(), score, reasons);
        view.set(new FilingView.Thanks(draft.filed.trackingNumber(), draft.receiptPrinted));
    }

    /** No rating this time. */
    public synchronized void skipRating() {
        if (draft != null && draft.filed != null) {
            view.set(new FilingView.Thanks(draft.filed.trackingNumber(), draft.receiptPrinted));
        }
    }

    private FilingNames names(Choice choice) {
        List<String> matters = new ArrayList<>();
        if (choice instanceof Choice.OneMatter one) {
            matters.add(one.matter().name().zh());
        } else {
            ((Choice.OneThing) choice).matters().forEach(matter -> matters.add(matter.name().zh()));
        }
        Map<String, String> materialNames = new LinkedHashMap<>();
        catalog.materials().forEach(material -> materialNames.put(material.code(), material.name().zh()));
        return new FilingNames(matters, materialNames);
    }

    private static int promisedDays(Choice choice) {
        return choice instanceof Choice.OneMatter one ? one.matter().promisedWorkingDays()
                : ((Choice.OneThing) choice).matters().stream().mapToInt(Matter::promisedWorkingDays).max().orElse(0);
    }

    private synchronized void show(Draft current, FilingView next) {
        if (draft == current) {
            view.set(next);
        }
    }

    private synchronized Draft current() {
        return draft;
    }

    /** The delivery step; {@code showProblems} once the citizen tried to go on with the address incomplete. */
    private void showDelivery(boolean showProblems) {
        view.set(new FilingView.Delivery(draft.choice, draft.delivery, draft.delivery.method(), showProblems));
    }

    private void showMaterials(Optional<MaterialNotice> notice) {
        view.set(new FilingView.Materials(draft.choice, draft.checklist, Optional.ofNullable(busy), notice));
    }

    private synchronized void forget(Draft ended) {
        if (ended == null || draft == ended) {
            draft = null;
            busy = null;
            if (runningScan != null) {
                runningScan.cancel();
                runningScan = null;
            }
            view.set(new FilingView.NotYet());
        }
    }

    /** One citizen's filing in the making. */
    private static final class Draft {
        final Choice choice;
        final CitizenIdentity applicant;
        final FilingForm form;
        final MaterialChecklist checklist;
        final DeliveryForm delivery;
        final Instant startedAt;
        /** Names this visit to the approval system, which records one consent per visit and licence type. */
        final String visitRef;
        FilingOutcome.Filed filed;
        boolean receiptPrinted;

        Draft(Choice choice, CitizenIdentity applicant, FilingForm form, MaterialChecklist checklist,
                DeliveryForm delivery, Instant startedAt, String visitRef) {
            this.choice = choice;
            this.applicant = applicant;
            this.form = form;
            this.checklist = checklist;
            this.delivery = delivery;
            this.startedAt = startedAt;
            this.visitRef = visitRef;
        }

        /** The receipt step of this filing, once filed. */
        FilingView.Receipt receipt(FilingView.ReceiptStage stage, Optional<FailureReason> failure) {
            return new FilingView.Receipt(choice, filed.trackingNumber(), stage, failure);
        }
    }

    /** Drops the draft and what it holds when the citizen leaves the journey. */
    private final class Abandon implements SessionData {
        private final Draft left;

        Abandon(Draft left) {
            this.left = left;
        }

        @Override
        public void wipe() {
            abandon(left);
        }
    }

    /** Drops the draft when the session ends, however it ends. */
    private final class Forget implements SessionData {
        private final Draft ended;

        Forget(Draft ended) {
            this.ended = ended;
        }

        @Override
        public void wipe() {
            forget(ended);
        }
    }
}
