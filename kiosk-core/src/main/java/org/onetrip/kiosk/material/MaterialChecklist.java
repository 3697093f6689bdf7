package org.onetrip.kiosk.material;

import org.onetrip.config.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.onetrip.kiosk.session.SessionData;
import org.onetrip.kiosk.submission.Commitment;
import org.onetrip.kiosk.submission.PromisedMaterial;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every material a matter or bundle asks for, each once, in the catalog's order: what the journey's
 * material screens show and change. It belongs to one citizen's session and is wiped with it: its pages,
 * thumbnails and PDFs are forgotten and their files deleted.
 */
public final class MaterialChecklist implements SessionData {
    private static final Logger LOG = LoggerFactory.getLogger(MaterialChecklist.class);

    private final List<MaterialItem> items;
    private final SessionSpool spool;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final Executor cleaner;
    private final MaterialPdf pdf = new MaterialPdf();
    private volatile boolean wiped;

    MaterialChecklist(List<MaterialItem> items, SessionSpool spool, Clock clock, WorkingDayCalendar calendar,
                      Executor cleaner) {
        this.items = List.copyOf(items);
        this.spool = spool;
        this.clock = clock;
        this.calendar = calendar;
        this.cleaner = cleaner;
    }

    /** Where raw scans wait until they are checked (in memory where the kiosk has it); each is deleted once its page is kept or refused. */
    Path incoming() throws IOException {
        return Files.createDirectories(spool.scratch().resolve("incoming"));
    }

    /** The materials, in order. */
    public List<MaterialItem> items() {
        return items;
    }

    /** @throws IllegalArgumentException when the matter or bundle does not ask for it */
    public MaterialItem item(String materialCode) {
        return items.stream().filter(item -> item.code().equals(materialCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no material " + materialCode + " on this checklist"));
    }

    /** The first material that is not settled yet, for "next" on the screen. */
    public Optional<MaterialItem> nextUnsettled() {
        return items.stream().filter(item -> !item.state().get().settled()).findFirst();
    }

    /** Whether every material is scanned without concerns, promised or replaced by a commitment. */
    public boolean complete() {
        return items.stream().allMatch(item -> item.state().get().settled());
    }

    /**
     * Leaves a material out for now: the citizen signs to hand it in within its top-up deadline. Any pages
     * scanned for it are dropped.
     *
     * @return the commitment recorded
     * @throws IllegalStateException when the matter (or, in a bundle, one of the matters) does not allow a top-up
     */
    public Commitment promiseLater(String materialCode) {
        MaterialItem item = item(materialCode);
        LocalDate due = dueDateIfLater(materialCode);
        Commitment commitment = new Commitment(materialCode, promiseText(item, due), clock.instant());
        item.leaveOut(commitment, Optional.of(due));
        return commitment;
    }

    /**
     * The date a material left out now would be due, counted in working days from today.
     *
     * @throws IllegalStateException when the matter (or, in a bundle, one of the matters) does not allow a top-up
     */
    public LocalDate dueDateIfLater(String materialCode) {
        MaterialItem item = item(materialCode);
        if (!item.mayTopUpLater()) {
            throw new IllegalStateException("material " + materialCode + " cannot be handed in later");
        }
        return calendar.addWorkingDays(LocalDate.now(clock), item.topUpDeadlineDays().orElseThrow());
    }

    /** The words the citizen signs to hand a material in later, exactly as {@link #promiseLater} records them. */
    public String promiseText(String materialCode) {
        return promiseText(item(materialCode), dueDateIfLater(materialCode));
    }

    private static String promiseText(MaterialItem item, LocalDate due) {
        return "本人承诺于" + due + "前补交" + item.material().name().zh() + "，逾期未补交的，本次申请按规定处理。";
    }

    /**
     * Replaces a material by the signed commitment the catalog words for it (告知承诺). Any pages scanned
     * for it are dropped.
     *
     * @throws IllegalStateException when the matter (or one of a bundle's) does not accept a commitment for it
     */
    public Commitment commitInstead(String materialCode) {
        MaterialItem item = item(materialCode);
        if (!item.acceptsCommitment()) {
            throw new IllegalStateException("material " + materialCode + " cannot be replaced by a commitment");
        }
        Commitment commitment = new Commitment(materialCode, item.commitmentText().orElseThrow().zh(), clock.instant());
        item.leaveOut(commitment, Optional.empty());
        return commitment;
    }

    /**
     * Uses an electronic licence the approval system supplied, with the citizen's consent, in place of a
     * scan. Any pages scanned for it are dropped.
     *
     * @throws IllegalStateException when the material is not one the approval system can supply
     */
    public void useLicence(String materialCode, FetchedLicence licence) {
        MaterialItem item = item(materialCode);
        if (!item.fetchable()) {
            throw new IllegalStateException("material " + materialCode + " is not an electronic licence");
        }
        item.useLicence(licence);
    }

    /** Withdraws a promise or commitment: the material is missing again until scanned. */
    public void withdraw(String materialCode) {
        item(materialCode).takeBack();
    }

    /**
     * Assembles each scanned material into one PDF and collects what the filing needs. Slow (PDF writing,
     * then reading each PDF into memory for the filing): call it off the screen's thread.
     *
     * @throws IllegalStateException when the checklist is not complete
     * @throws MaterialTooLargeException when a material's PDF exceeds what one filing file may hold
     */
    public MaterialFiling filing() throws IOException {
        if (!complete()) {
            throw new IllegalStateException("materials not settled: " + items.stream()
                    .filter(item -> !item.state().get().settled()).map(MaterialItem::code).toList());
        }
        List<ScannedMaterial> scanned = new ArrayList<>();
        List<PromisedMaterial> promised = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        for (MaterialItem item : items) {
            switch (item.state().get()) {
                case SCANNED -> {
                    int pages = item.pages().count();
                    scanned.add(new ScannedMaterial(item.code(), item.code() + ".pdf", pages, assemble(item.code())));
                }
                case FETCHED -> {
                    FetchedLicence licence = item.licence().orElseThrow();
                    scanned.add(new ScannedMaterial(item.code(), item.code() + ".pdf", licence.pageCount(), licence.pdf().clone()));
                }
                case PROMISED -> {
                    promised.add(new PromisedMaterial(item.code(), item.dueBy().orElseThrow()));
                    commitments.add(item.commitment().orElseThrow());
                }
                case COMMITTED -> commitments.add(item.commitment().orElseThrow());
                default -> throw new IllegalStateException("material " + item.code() + " is " + item.state().get());
            }
        }
        return new MaterialFiling(scanned, promised, commitments);
    }

    /**
     * The PDF of a scanned material's pages, as it would be filed. Slow: call it off the screen's thread.
     *
     * @throws MaterialTooLargeException when it exceeds what one filing file may hold
     */
    public byte[] assemble(String materialCode) throws IOException {
        List<MaterialPage> pages = item(materialCode).pages().pages().get();
        byte[] assembled = pdf.write(pages, spool::open, spool.scratch());
        if (assembled.length > ScannedMaterial.MAX_BYTES) {
            throw new MaterialTooLargeException(materialCode, pages.size(), assembled.length);
        }
        return assembled;
    }

    public boolean isWiped() {
        return wiped;
    }

    /** Forgets the pages now and deletes their files on the cleaner. */
    @Override
    public void wipe() {
        if (wiped) {
            return;
        }
        wiped = true;
        for (MaterialItem item : items) {
            item.pages().forget();
            item.takeBack();
        }
        cleaner.execute(() -> {
            try {
                spool.wipe();
            } catch (UncheckedIOException e) {
                LOG.warn("scanned pages of an ended session could not all be deleted: {}", e.getMessage());
            }
        });
    }
}
