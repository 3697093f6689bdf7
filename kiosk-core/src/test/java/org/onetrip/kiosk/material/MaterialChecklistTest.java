package org.onetrip.kiosk.material;

import org.onetrip.config.calendar.WorkingDayCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.kiosk.material.MaterialFixtures.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.image.PageConcern;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.image.Unreadable;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.Commitment;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.PromisedMaterial;
import org.onetrip.kiosk.submission.ScannedMaterial;

class MaterialChecklistTest {
    /** A Friday. */
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path spoolRoot;
    @TempDir
    Path scratchRoot;
    @TempDir
    Path scans;
    private final SessionScope session = new SessionScope();
    private MaterialDesk desk;

    @BeforeEach
    void desk() {
        desk = new MaterialDesk(MaterialFixtures.CATALOG, new PageInspector(new PageStandard(150, 0.75f)), spoolRoot,
                scratchRoot, CLOCK,
                WorkingDayCalendar.WEEKDAYS_ONLY, Runnable::run);
    }

    @Test
    void aBundlesSharedMaterialIsOneLineForBothMatters() throws IOException {
        MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.MOVING_IN, session);

        assertThat(checklist.items()).extracting(MaterialItem::code).containsExactly("ID-COPY", "LEASE", "PHOTO");
        MaterialItem idCopy = checklist.item("ID-COPY");
        assertThat(idCopy.shared()).isTrue();
        assertThat(idCopy.matters()).containsExactly("GA-JZZ", "JY-RX");
        assertThat(idCopy.reviewPoints()).extracting(text -> text.zh()).containsExactly("正反面复印在同一页");
        // the strictest matter wins: 5 days, and no commitment because the school matter accepts none
        assertThat(checklist.item("LEASE").topUpDeadlineDays()).contains(5);
        assertThat(checklist.item("LEASE").acceptsCommitment()).isFalse();
        assertThat(checklist.items()).allSatisfy(item -> assertThat(item.state().get()).isEqualTo(MaterialState.MISSING));
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.nextUnsettled()).map(MaterialItem::code).contains("ID-COPY");
    }

    @Test
    void pagesAreAddedRetakenDeletedAndReordered() throws IOException {
        MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.RESIDENCE, session);
        MaterialPages pages = checklist.item("ID-COPY").pages();
        List<List<MaterialPage>> seen = new ArrayList<>();
        pages.pages().subscribe(seen::add);

        MaterialPage first = added(pages.add(scan(scans, "a.jpg", SimulatedPage.DOCUMENT, 150, ScanColorMode.GRAYSCALE)));
        MaterialPage second = added(pages.add(scan(scans, "b.jpg", SimulatedPage.SKEWED, 150, ScanColorMode.COLOR)));
        MaterialPage third = added(pages.add(scan(scans, "c.jpg", SimulatedPage.DARK, 150, ScanColorMode.COLOR)));

        assertThat(third.concerns()).containsExactly(PageConcern.TOO_DARK);
        assertThat(checklist.item("ID-COPY").state().get()).isEqualTo(MaterialState.NEEDS_ATTENTION);
        assertThat(first.thumbnail().png()).isNotEmpty();

        MaterialPage retaken = added(pages.retake(third.id(), scan(scans, "d.jpg", SimulatedPage.DOCUMENT, 150,
                ScanColorMode.COLOR)));
        assertThat(pages.pages().get()).extracting(MaterialPage::id).containsExactly(first.id(), second.id(), retaken.id());
        assertThat(third.file()).doesNotExist();
        assertThat(checklist.item("ID-COPY").state().get()).isEqualTo(MaterialState.SCANNED);

        pages.move(retaken.id(), 0);
        assertThat(pages.pages().get()).extracting(MaterialPage::id).containsExactly(retaken.id(), first.id(), second.id());

        pages.delete(first.id());
        assertThat(pages.pages().get()).extracting(MaterialPage::id).containsExactly(retaken.id(), second.id());
        assertThat(first.file()).doesNotExist();
        assertThat(seen).hasSize(6);
        assertThat(scans.toFile().list()).as("scanned files are consumed").isEmpty();
    }

    @Test
    void aBlankOrUnreadableScanChangesNothing() throws IOException {
        MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.RESIDENCE, session);
        MaterialPages pages = checklist.item("PHOTO").pages();
        MaterialPage kept = added(pages.add(scan(scans, "a.jpg", SimulatedPage.DOCUMENT, 150, ScanColorMode.GRAYSCALE)));

        PageOutcome blank = pages.add(scan(scans, "b.jpg", SimulatedPage.BLANK, 150, ScanColorMode.GRAYSCALE));
        PageOutcome corrupt = pages.retake(kept.id(), scan(scans, "c.jpg", SimulatedPage.CORRUPT, 150, ScanColorMode.GRAYSCALE));

        assertThat(blank).isInstanceOfSatisfying(PageOutcome.Blank.class, b -> assertThat(b.advice()).contains("翻面"));
        assertThat(corrupt).isInstanceOfSatisfying(PageOutcome.Unusable.class,
                u -> assertThat(u.reason()).isEqualTo(Unreadable.TRUNCATED));
        assertThat(pages.pages().get()).containsExactly(kept);
        assertThat(kept.file()).exists();
        assertThat(scans.toFile().list()).isEmpty();
    }

    @Test
    void unknownPagesAndPositionsAreRefusedClearly() throws IOException {
        MaterialPages pages = desk.checklistFor(MaterialFixtures.RESIDENCE, session).item("PHOTO").pages();
        MaterialPage only = added(pages.add(scan(scans, "a.jpg", SimulatedPage.DOCUMENT, 150, ScanColorMode.GRAYSCALE)));

        assertThatThrownBy(() -> pages.delete("PHOTO-99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no page PHOTO-99");
        assertThatThrownBy(() -> pages.move(only.id(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position must be 0 to 0");
        assertThat(pages.pages().get()).containsExactly(only);
    }

    @Test
    void aMaterialMayBeLeftOutWithTheCitizensCommitment() throws IOException {
        MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.RESIDENCE, session);

        Commitment promise = checklist.promiseLater("LEASE");

        MaterialItem lease = checklist.item("LEASE");
        assertThat(lease.state().get()).isEqualTo(MaterialState.PROMISED);
        // five working days after Friday 20 November: Friday 27 November
        assertThat(lease.dueBy()).contains(LocalDate.of(2026, 11, 27));
        assertThat(promise.signedAt()).isEqualTo(NOW);
        assertThat(promise.text()).contains("2026-11-27", "房屋租赁合同");
        assertThatThrownBy(() -> checklist.promiseLater("PHOTO")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be handed in later");
        assertThatThrownBy(() -> checklist.commitInstead("ID-COPY")).isInstanceOf(IllegalStateException.class);

        Commitment instead = checklist.commitInstead("LEASE");
        assertThat(lease.state().get()).isEqualTo(MaterialState.COMMITTED);
        assertThat(instead.text()).isEqualTo(MaterialFixtures.LEASE_COMMITMENT.zh());

        checklist.withdraw("LEASE");
        assertThat(lease.state().get()).isEqualTo(MaterialState.MISSING);
    }

    @Test
    void theFilingHasOnePdfPerScannedMaterialAndThePromises() throws IOException {
        MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.RESIDENCE, session);
        checklist.item("ID-COPY").pages().add(scan(scans, "a.jpg", SimulatedPage.DOCUMENT, 300, ScanColorMode.COLOR));
        checklist.item("ID-COPY").pages().add(scan(scans, "b.jpg", SimulatedPage.SKEWED, 150, ScanColorMode.GRAYSCALE));
        checklist.item("PHOTO").pages().add(scan(scans, "c.jpg", SimulatedPage.DOCUMENT, 150, ScanColorMode.COLOR));
        assertThatThrownBy(checklist::filing).isInstanceOf(IllegalStateException.class).hasMessageContaining("LEASE");
        checklist.promiseLater("LEASE");

        MaterialFiling filing = checklist.filing();

        assertThat(filing.materials()).extracting(ScannedMaterial::materialCode).containsExactly("ID-COPY", "PHOTO");
        ScannedMaterial idCopy = filing.materials().get(0);
        assertThat(idCopy.fileName()).isEqualTo("ID-COPY.pdf");
        assertThat(idCopy.pageCount()).isEqualTo(2);
        try (PDDocument pdf = Loader.loadPDF(idCopy.content())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                COSName name = page.getResources().getXObjectNames().iterator().next();
                PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
                assertThat(image.getSuffix()).isEqualTo("jpg");
                assertThat(image.getWidth()).isEqualTo(1240);
            }
        }
        assertThat(filing.promised()).containsExactly(new PromisedMaterial("LEASE", LocalDate.of(2026, 11, 27)));
        assertThat(filing.commitments()).extracting(Commitment::materialCode).containsExactly("LEASE");
        FilingRequest request = new FilingRequest(List.of("GA-JZZ"), Optional.empty(), Map.of(),
                new Applicant("110101198503121239", "张伟", Optional.empty()), filing.materials(), filing.promised(),
                filing.commitments(), NOW);
        assertThat(request.materials()).hasSize(2);
    }

    @Test
    void theSessionsEndWipesPagesAndFiles() throws IOException {
        MaterialChecklist checklist = desk.checklistFor(MaterialFixtures.RESIDENCE, session);
        MaterialPage page = added(checklist.item("PHOTO").pages().add(scan(scans, "a.jpg", SimulatedPage.DOCUMENT, 150,
                ScanColorMode.COLOR)));
        assertThat(page.file()).exists();

        session.wipe();

        assertThat(checklist.isWiped()).isTrue();
        assertThat(checklist.item("PHOTO").pages().pages().get()).isEmpty();
        assertThat(page.file()).doesNotExist();
        try (Stream<Path> left = Files.list(spoolRoot)) {
            assertThat(left).isEmpty();
        }
        assertThatThrownBy(() -> desk.checklistFor(MaterialFixtures.RESIDENCE, session))
                .isInstanceOf(IllegalStateException.class);
        try (Stream<Path> left = Files.list(spoolRoot)) {
            assertThat(left).as("a checklist refused by an ended session leaves nothing behind").isEmpty();
        }
    }

    @Test
    void anElectronicLicenceSettlesItsMaterialUntilAScanReplacesItAndIsWipedWithTheSession() throws IOException {
        ServiceCatalog shipped = new ConfigurationLoader().load(Path.of("../conf")).catalog();
        MaterialDesk shippedDesk = new MaterialDesk(shipped, new PageInspector(new PageStandard(150, 0.75f)), spoolRoot,
                scratchRoot, CLOCK, WorkingDayCalendar.WEEKDAYS_ONLY, Runnable::run);
        MaterialChecklist checklist = shippedDesk.checklistFor(shipped.matter("MZJ-GLJTSL").orElseThrow(), session);
        byte[] pdf = "%PDF-1.7 electronic licence".getBytes(StandardCharsets.US_ASCII);
        FetchedLicence licence = new FetchedLicence("居民身份证", 1, pdf);

        checklist.useLicence("ID_CARD", licence);
        assertThat(checklist.item("ID_CARD").state().get()).isEqualTo(MaterialState.FETCHED);
        assertThatThrownBy(() -> checklist.useLicence("AGED_BANK_PASSBOOK", licence))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an electronic licence");
        checklist.useLicence("HOUSEHOLD_BOOKLET", new FetchedLicence("居民户口簿", 2, pdf.clone()));
        checklist.item("AGED_BANK_PASSBOOK").pages().add(scan(scans, "p.jpg", SimulatedPage.DOCUMENT, 150,
                ScanColorMode.COLOR));

        MaterialFiling filing = checklist.filing();
        assertThat(filing.materials()).extracting(ScannedMaterial::materialCode)
                .containsExactly("ID_CARD", "HOUSEHOLD_BOOKLET", "AGED_BANK_PASSBOOK");
        assertThat(filing.materials().get(0).content()).isEqualTo(pdf);
        assertThat(filing.materials().get(1).pageCount()).isEqualTo(2);

        checklist.item("ID_CARD").pages().add(scan(scans, "id.jpg", SimulatedPage.DOCUMENT, 150, ScanColorMode.COLOR));
        assertThat(checklist.item("ID_CARD").state().get()).as("the citizen scanned it after all")
                .isEqualTo(MaterialState.SCANNED);
        assertThat(checklist.item("ID_CARD").licence()).isEmpty();
        assertThat(pdf).as("the dropped licence's bytes are overwritten").containsOnly((byte) 0);

        FetchedLicence kept = checklist.item("HOUSEHOLD_BOOKLET").licence().orElseThrow();
        session.wipe();
        assertThat(kept.pdf()).as("wiped with the session").containsOnly((byte) 0);
    }

    private static MaterialPage added(PageOutcome outcome) {
        assertThat(outcome).isInstanceOf(PageOutcome.Added.class);
        return ((PageOutcome.Added) outcome).page();
    }
}
