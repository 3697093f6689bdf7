package org.onetrip.kiosk.issuance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.PageSize;
import org.onetrip.config.catalog.CertificateSource;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.config.catalog.HolderIdentifier;
import org.onetrip.config.catalog.HolderMasking;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.devices.printer.sim.IppPrinterSimulator;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.certificate.BackendPdfLimits;
import org.onetrip.kiosk.certificate.CertificateFonts;
import org.onetrip.kiosk.certificate.CertificateRenderer;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * A kiosk's certificate printing, all real: the reference backend on loopback (through a
 * {@link BackendTap}), the IPP driver talking to the printer simulator over loopback HTTP, the
 * renderer with the Debian fonts, the ledger in a temporary data directory.
 */
final class IssuanceRig implements AutoCloseable {
    static final String ZHANG_WEI = "110101198503121239";
    static final String LI_XIUYING = "310104195211082461";
    static final String WANG_FANG = "640104199007211822";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Issued as data by the reference backend, so the kiosk renders it. */
    static final CertificateType HOUSEHOLD = type("ZM-HJ", "户籍证明", "Household registration proof",
            HolderIdentifier.ID_NUMBER, CertificateSource.DATA, Optional.empty());
    /** Issued as a signed PDF by the reference backend; one a day. */
    static final CertificateType NO_CRIMINAL_RECORD = type("ZM-WFZJL", "无犯罪记录证明", "Proof of no criminal record",
            HolderIdentifier.ID_NUMBER, CertificateSource.PDF, Optional.of(1));
    /** For enterprises: not printable with a resident ID card. */
    static final CertificateType BUSINESS_LICENCE = type("ZM-YYZZFB", "营业执照副本打印", "Printed copy of the business licence",
            HolderIdentifier.CREDIT_CODE, CertificateSource.PDF, Optional.empty());


    final RunningBackend backend;
    final BackendTap tap;
    final ApprovalBackendClient client;
    final IppPrinterSimulator printerSimulator;
    final IppDocumentPrinter printer;
    final Path tray;
    final LookupKey lookupKey;
    final IssuanceLedger ledger;
    final IssuanceReports reports;
    final AuditJournal journal;
    final LeftoverPrintJobs leftovers;
    final PrintGate gate = new PrintGate();
    final ExecutorService work = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "certificate-desk");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock = Clock.system(SHANGHAI);

    IssuanceRig(Path dir) throws IOException {
        backend = new RunningBackend(dir.resolve("backend"));
        tap = new BackendTap(backend.backend().baseUri());
        client = new ApprovalBackendClient(BackendConnection.plain(tap.baseUri(), RunningBackend.KIOSK_ID,
                Duration.ofSeconds(5)));
        tray = dir.resolve("certificates");
        printerSimulator = new IppPrinterSimulator(0, Optional.of(tray), Duration.ofMillis(100));
        printer = new IppDocumentPrinter(printerSimulator.uri(), IppPrinterSettings.defaults()
                .withPollInterval(Duration.ofMillis(50)).withJobDeadline(Duration.ofSeconds(20)), clock);
        lookupKey = LookupKey.openOrCreate(dir.resolve("data").resolve("keys"));
        ledger = IssuanceLedger.open(dir.resolve("data"), clock, SHANGHAI);
        reports = new IssuanceReports(client, ledger,
                new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(2), 2.0, new Random(7)));
        reports.start();
        journal = AuditJournal.open(dir.resolve("data"), clock);
        leftovers = new LeftoverPrintJobs(printer, ledger, reports, journal, Duration.ofSeconds(10));
    }

    /** Parsing the fonts takes a moment: one renderer for every test in the JVM, opened on first use. */
    static CertificateRenderer renderer() {
        return SharedRenderer.RENDERER;
    }

    private static final class SharedRenderer {
        static final CertificateRenderer RENDERER = new CertificateRenderer(CertificateFonts.DEBIAN, Clock.system(SHANGHAI));
    }

    /** A desk of a kiosk whose sessions are {@code sessions}; every desk of the rig shares printer, gate and ledger. */
    CertificateDesk desk(SessionBinding sessions) {
        return desk(sessions, Duration.ofSeconds(30));
    }

    CertificateDesk desk(SessionBinding sessions, Duration printerWait) {
        return desk(sessions, printerWait, work);
    }

    /** A desk whose work runs on {@code deskWork}, so a test can tell when a late answer was handled. */
    CertificateDesk desk(SessionBinding sessions, Duration printerWait, java.util.concurrent.Executor deskWork) {
        return new CertificateDesk(client, ledger, reports, lookupKey, renderer(), printer, gate, leftovers, sessions,
                policy(printerWait), deskWork);
    }

    /** The rig's certificate types against the reference backend: three a day, the no-criminal-record proof one. */
    static IssuancePolicy policy(Duration printerWait) {
        return new IssuancePolicy(List.of(HOUSEHOLD, NO_CRIMINAL_RECORD, BUSINESS_LICENCE),
                type -> type.dailyLimit().orElse(3), IssuancePolicy.REFERENCE_BACKEND_TYPES,
                org.onetrip.config.HallPolicy.DEMO_VERIFICATION_URL, SHANGHAI, BackendPdfLimits.DEFAULT, 96, printerWait, 3);
    }

    /** Every issue call waits this long at the backend before it is handled. */
    void slowBackend(Duration delay) {
        backend.backend().faults().add(FaultRule.slow(delay).onlyUnder("/api/v1/certificates:issue"));
    }

    /** The text of every PDF in the printer's output tray, by file name. */
    Map<String, String> printedTexts() {
        try (Stream<Path> files = Files.list(tray)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(java.util.stream.Collectors.toMap(
                    p -> p.getFileName().toString(), IssuanceRig::text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path pdf) {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CertificateType type(String code, String zh, String en, HolderIdentifier identifiedBy,
                                        CertificateSource source, Optional<Integer> limit) {
        return new CertificateType(code, new LocalizedText(zh, en), "GAJ", identifiedBy, PageSize.A4, Period.ofDays(30),
                HolderMasking.NONE, source, limit);
    }

    @Override
    public void close() {
        reports.close();
        work.shutdownNow();
        printer.close();
        printerSimulator.close();
        ledger.close();
        journal.close();
        tap.close();
        backend.close();
    }
}
