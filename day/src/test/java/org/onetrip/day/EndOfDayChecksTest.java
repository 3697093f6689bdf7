package org.onetrip.day;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.issuance.BackendReport;
import org.onetrip.kiosk.issuance.IssuanceState;
import org.onetrip.kiosk.issuance.LedgerEntry;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.outbox.SetAsideCause;

/**
 * The checks at the end of a session and of the day fail on the fault each is there for, planted in
 * the evidence: a receipt whose filing never reached the backend or reached it twice, a filing
 * nobody was told of, a certificate counted for another holder or never printed, a page left in the
 * spool. And stay quiet when everything agrees.
 */
class EndOfDayChecksTest {

    private static final String FIRST = "SZ-NS-0001-20261207-0001";
    private static final String SECOND = "SZ-NS-0001-20261207-0002";

    @Test
    void filingsThatAgreeEverywhereBreakNothing() {
        assertThat(filings(List.of(Optional.of(FIRST), Optional.of(SECOND)), Map.of(FIRST, true, SECOND, true),
                List.of(entry(FIRST, "s1", OutboxState.ACKNOWLEDGED), entry(SECOND, "s2", OutboxState.ACKNOWLEDGED)),
                List.of("s1", "s2"), true)).isEmpty();
    }

    @Test
    void aPrintedReceiptWhoseFilingNeverReachedTheBackendIsFound() {
        assertThat(filings(List.of(Optional.of(FIRST)), Map.of(FIRST, true),
                List.of(entry(FIRST, "s1", OutboxState.QUEUED)), List.of(), true))
                .anyMatch(said -> said.contains(FIRST) && said.contains("reached the backend 0 time(s)"))
                .anyMatch(said -> said.contains("still QUEUED"));
    }

    @Test
    void aFilingSetAsideForTheTechnicianIsToldApartNotCountedLostAndNotPassedOverInSilence() {
        assertThat(filings(List.of(Optional.of(FIRST), Optional.of(SECOND)), Map.of(FIRST, true, SECOND, true),
                List.of(entry(FIRST, "s1", OutboxState.SET_ASIDE), entry(SECOND, "s2", OutboxState.ACKNOWLEDGED)),
                List.of("s2"), true))
                .singleElement().asString().startsWith("set aside: " + FIRST + " (REFUSED_AS_SENT");
        assertThat(filings(List.of(Optional.of(FIRST)), Map.of(FIRST, true),
                List.of(entry(FIRST, "s1", OutboxState.SET_ASIDE)), List.of("s1", "s1"), true))
                .anyMatch(said -> said.contains("set-aside filing of receipt " + FIRST + " reached the backend 2 times"));
    }

    @Test
    void aFilingThatReachedTheBackendTwiceIsFound() {
        assertThat(filings(List.of(Optional.of(FIRST)), Map.of(FIRST, true),
                List.of(entry(FIRST, "s1", OutboxState.ACKNOWLEDGED)), List.of("s1", "s1"), true))
                .anyMatch(said -> said.contains("2 time(s), not once"));
    }

    @Test
    void aFilingNoCitizenWasToldOfIsFoundAtTheBackend() {
        assertThat(filings(List.of(), Map.of(), List.of(entry(FIRST, "s1", OutboxState.ACKNOWLEDGED)), List.of("s1"),
                true)).singleElement().asString().contains("no citizen was told of");
        assertThat(filings(List.of(), Map.of(), List.of(), List.of("s9"), true)).singleElement().asString()
                .contains("outbox does not know");
    }

    @Test
    void aReceiptTheScreenCalledPrintedButNoPaperCarriesIsFound() {
        assertThat(filings(List.of(Optional.empty()), Map.of(FIRST, true),
                List.of(entry(FIRST, "s1", OutboxState.ACKNOWLEDGED)), List.of("s1"), true))
                .anyMatch(said -> said.contains("no readable tracking barcode"))
                .anyMatch(said -> said.contains("said receipt " + FIRST + " printed, but no printed receipt"));
    }

    @Test
    void offlineEveryPrintedFilingStaysQueued() {
        assertThat(filings(List.of(Optional.of(FIRST)), Map.of(FIRST, true),
                List.of(entry(FIRST, "s1", OutboxState.QUEUED)), List.of(), false)).isEmpty();
        assertThat(filings(List.of(Optional.of(FIRST)), Map.of(FIRST, true),
                List.of(entry(FIRST, "s1", OutboxState.ACKNOWLEDGED)), List.of(), false))
                .singleElement().asString().contains("never reachable");
    }

    @Test
    void certificatesPrintedForTheCardOnTheReaderBreakNothing() {
        assertThat(certificates(List.of(ledger("V1", "holder-zhang", IssuanceState.PRINTED)),
                List.of("job-1-ZM-HJ-V1.pdf"), Map.of("V1", "zhang-wei"))).isEmpty();
    }

    @Test
    void aCertificateCountedForAnotherHolderIsFound() {
        assertThat(certificates(List.of(ledger("V1", "holder-zhang", IssuanceState.PRINTED)),
                List.of("job-1-ZM-HJ-V1.pdf"), Map.of("V1", "wang-fang")))
                .singleElement().asString().contains("another holder");
    }

    @Test
    void aCertificateCountedButNeverPrintedIsFound() {
        assertThat(certificates(List.of(ledger("V1", "holder-zhang", IssuanceState.REPRINTED)), List.of(),
                Map.of("V1", "zhang-wei"))).singleElement().asString().contains("kept no job");
        assertThat(certificates(List.of(ledger("V1", "holder-zhang", IssuanceState.PRINTED)),
                List.of("job-1-ZM-HJ-V1.pdf"), Map.of())).singleElement().asString().contains("never said it printed");
    }

    @Test
    void aCertificateTheScreenCalledPrintedButTheLedgerDoesNotCountIsFound() {
        assertThat(certificates(List.of(ledger("V1", "holder-zhang", IssuanceState.FAILED)), List.of(),
                Map.of("V1", "zhang-wei"))).singleElement().asString().contains("ledger does not count it");
    }

    @Test
    void aPageLeftInTheSpoolAfterTheSessionIsFound(@TempDir Path data) throws Exception {
        SessionFilesGone files = new SessionFilesGone(data);
        Files.createDirectories(data.resolve("receipts"));
        Files.writeString(data.resolve("kiosk.db"), "");
        Set<Path> before = files.perSessionFiles();
        Path page = data.resolve("materials/materials-1/ID_PHOTO-1.jpg");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "jpeg");
        Files.writeString(data.resolve("receipts/receipt-0001.png"), "png");

        List<String> found = new ArrayList<>();
        files.check(before, Duration.ofMillis(50), found::add);
        assertThat(found).singleElement().asString().contains("materials/materials-1/ID_PHOTO-1.jpg");

        Files.delete(page);
        found.clear();
        files.check(before, Duration.ofMillis(50), found::add);
        assertThat(found).isEmpty();
    }

    @Test
    void theTrackingNumberIsReadBackFromAReceiptsBarcode(@TempDir Path receipts) throws Exception {
        BitMatrix bars = new Code128Writer().encode(FIRST, BarcodeFormat.CODE_128, 500, 80);
        BufferedImage paper = new BufferedImage(576, 600, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < paper.getHeight(); y++) {
            for (int x = 0; x < paper.getWidth(); x++) {
                boolean black = x >= 38 && x < 538 && y >= 300 && y < 380 && bars.get(x - 38, y - 300);
                paper.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
            }
        }
        ImageIO.write(paper, "png", receipts.resolve("receipt-0001.png").toFile());
        ImageIO.write(new BufferedImage(576, 300, BufferedImage.TYPE_INT_RGB), "png",
                receipts.resolve("receipt-0002.png").toFile());
        // torn off when the paper ran out: never a printed receipt
        ImageIO.write(new BufferedImage(576, 100, BufferedImage.TYPE_INT_RGB), "png",
                receipts.resolve("receipt-0003-torn.png").toFile());

        assertThat(ReceiptBarcodes.read(receipts)).extracting(ReceiptBarcodes.Receipt::trackingNumber)
                .containsExactly(Optional.of(FIRST), Optional.empty());
    }

    @Test
    void aJournalThatIsIntactRecordsEveryFilingAndHoldsNoCitizenBreaksNothing() {
        assertThat(journal(INTACT, List.of("citizen FILING_COMMITTED " + FIRST + " GAJ-JZZSL",
                "citizen SESSION_ENDED finished after 41 s; journeys: FILE_APPLICATION"), Set.of(FIRST))).isEmpty();
    }

    @Test
    void aBrokenJournalAFilingItMissesAndACitizenInItAreFound() {
        Citizens citizens = new Citizens();
        String idNumber = citizens.card("zhang-wei").idNumber();
        String name = citizens.card("zhang-wei").name();

        assertThat(journal(Optional.of(new ChainVerdict.Broken(3, ChainVerdict.Problem.MISSING, "entry 3 is missing")),
                List.of(), Set.of())).singleElement().asString().contains("broken at entry 3 (missing)");
        assertThat(journal(Optional.empty(), List.of(), Set.of())).singleElement().asString().contains("no audit journal");
        assertThat(journal(INTACT, List.of("citizen FILING_COMMITTED " + FIRST + " GAJ-JZZSL"), Set.of(FIRST, SECOND)))
                .singleElement().asString().contains(SECOND).contains("does not record it");
        assertThat(journal(INTACT, List.of("technician:pin LOGS_VIEWED looked up " + name,
                "citizen FILING_NOT_TAKEN " + idNumber.substring(0, 4) + "**********" + idNumber.substring(14)), Set.of()))
                .anyMatch(said -> said.contains("holds a citizen's name") && !said.contains(name))
                .anyMatch(said -> said.contains("holds a citizen's masked ID number") && !said.contains(idNumber));
    }

    @Test
    void numbersAreReadOffTheScreensWords() {
        assertThat(FileApplication.trackingNumber("已受理。您的回执编号：" + FIRST)).contains(FIRST);
        assertThat(FileApplication.trackingNumber("Filed. Your tracking number: " + SECOND)).contains(SECOND);
        assertThat(PrintCertificate.verificationCode("打印完成，请取走您的证明（共 1 页）。核验码：ZM7Q-2K4D-9XPA"))
                .contains("ZM7Q-2K4D-9XPA");
    }

    private static List<String> filings(List<Optional<String>> printed, Map<String, Boolean> told,
            List<OutboxEntry> outbox, List<String> backend, boolean reachable) {
        List<String> found = new ArrayList<>();
        new FilingsReachBackendOnce().check(new FilingsReachBackendOnce.Evidence(printed, told, outbox, backend,
                reachable), found::add, aside -> found.add("set aside: " + aside));
        return found;
    }

    private static List<String> certificates(List<LedgerEntry> ledger, List<String> jobs, Map<String, String> said) {
        List<String> found = new ArrayList<>();
        new CertificatesPrintedForHolder().check(new CertificatesPrintedForHolder.Evidence(ledger, jobs, said,
                card -> Optional.of(card.equals("zhang-wei") ? "holder-zhang" : "holder-" + card)), found::add);
        return found;
    }

    private static final Optional<ChainVerdict> INTACT = Optional.of(new ChainVerdict.Intact(2, "0".repeat(64)));

    private static List<String> journal(Optional<ChainVerdict> verdict, List<String> entries, Set<String> told) {
        PersonalTraces traces = new PersonalTraces();
        Citizens citizens = new Citizens();
        citizens.keys().forEach(key -> traces.rememberCard(key, citizens.card(key)));
        List<String> found = new ArrayList<>();
        new JournalHoldsTheDay().check(new JournalHoldsTheDay.Evidence(verdict, entries, traces.ofEveryCitizen(), told),
                found::add);
        return found;
    }

    private static OutboxEntry entry(String tracking, String submission, OutboxState state) {
        return new OutboxEntry(1, submission, tracking, state, List.of("GAJ-SFZBL"), Optional.empty(), "张*",
                "1101**********1239", 100, Instant.EPOCH, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OutboxEntry.Tries.NONE,
                state == OutboxState.SET_ASIDE
                        ? Optional.of(new OutboxEntry.SetAside(SetAsideCause.REFUSED_AS_SENT, Optional.empty()))
                        : Optional.empty());
    }

    private static LedgerEntry ledger(String code, String holder, IssuanceState state) {
        return new LedgerEntry(1, "s-ZM-HJ-1", Optional.of(code), "ZM-HJ", holder, state, Optional.of(1), 1,
                Optional.empty(), BackendReport.NONE, Optional.empty(), Instant.EPOCH, Optional.empty());
    }
}
