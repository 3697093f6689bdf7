package org.onetrip.kiosk.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.calendar.WorkingDayCalendar;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.driver.EscPosReceiptPrinter;
import org.onetrip.devices.receipt.driver.PrinterSettings;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.receipt.sim.TcpSimulatorEndpoint;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.transport.tcp.TcpTransport;
import org.onetrip.kiosk.journal.JournalWriter;
import org.onetrip.kiosk.journey.Choice;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.material.MaterialDesk;
import org.onetrip.kiosk.material.MaterialScanning;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.supervision.Offer;
import org.onetrip.kiosk.supervision.OfferedService;
import org.onetrip.kiosk.testsupport.CardSessions;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.RunningBackend;
import org.onetrip.kiosk.testsupport.ValueWatch;

/**
 * A kiosk's filing journey with every piece real and simulators at the far ends: the shell and card
 * identification over the SAM reader simulator ({@link CardSessions}), the shipped catalog, material
 * pages spooled in a temporary directory, the eSCL scanner simulator over loopback HTTP, the outbox
 * delivering to the reference backend on loopback, and receipts through the ESC/POS driver to the
 * receipt printer simulator over TCP loopback.
 */
final class FilingRig implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final ZoneId SHANGHAI = CardSessions.SHANGHAI;
    static final String ZHANG_WEI = "110101198503121239";
    static final String HALL = "北京市东城区政务服务中心";
    static final String PROGRESS_URL = "https://zwfw.example.gov.cn/progress";
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.WEEKDAYS_ONLY;

    final ServiceCatalog catalog = new ConfigurationLoader().load(Path.of("../conf")).catalog();
    final Clock clock = Clock.system(SHANGHAI);
    final Path spoolRoot;
    final Path kioskData;
    /** What the outbox's disk reports free; lower it to fill the disk. */
    final AtomicLong freeBytes = new AtomicLong(Long.MAX_VALUE);
    final CardSessions cards;
    final RunningBackend backend;
    final SubmissionRuntime submissions;
    final EsclScannerSimulator scannerSimulator;
    final EsclScanner scanner;
    final ReceiptPrinterSimulator printerSimulator;
    final EscPosReceiptPrinter printer;
    final RatingDesk ratings;
    final AuditJournal audit;
    final JournalWriter journal;
    final Value<Offer> offer = new Value<>(new Offer(Availability.IN_SERVICE, Set.of(OfferedService.FILE_WITH_SCAN,
            OfferedService.FILE_WITHOUT_SCAN, OfferedService.CHECK_PROGRESS), List.of()));
    final FilingJourney journey;
    /** Where the journey waits on the disk, the network and the devices, as in production. */
    private final ExecutorService io = Executors.newFixedThreadPool(2, daemon("filing-io"));
    private final ExecutorService scanWork = Executors.newSingleThreadExecutor(daemon("filing-scan"));
    /** Deletes an ended draft's files; one thread, so a task queued after a wipe runs after its deletion. */
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(daemon("filing-cleaner"));

    FilingRig(Path dir) throws Exception {
        spoolRoot = dir.resolve("materials");
        kioskData = dir.resolve("kiosk");
        cards = new CardSessions();
        backend = new RunningBackend(dir.resolve("backend"));
        submissions = SubmissionRuntime.start(KioskUnderTest.options(kioskData, backend.connection(Duration.ofSeconds(5)))
                .withSpace(directory -> freeBytes.get(), 0));
        scannerSimulator = EsclScannerSimulator.start(0);
        scanner = new EsclScanner(scannerSimulator.url(), new EsclSettings(Duration.ofSeconds(5), Duration.ofSeconds(20),
                3, Duration.ofMillis(10)), Clock.systemUTC());
        printerSimulator = new ReceiptPrinterSimulator(PaperWidth.MM80, ReceiptPrinterSimulator.Settings.defaults(),
                Optional.empty());
        TcpSimulatorEndpoint endpoint = printerSimulator.listenTcp(0);
        printer = new EscPosReceiptPrinter("receipt-printer", new TcpTransport("127.0.0.1", endpoint.port(),
                Duration.ofSeconds(2)), PrinterSettings.defaults(PaperWidth.MM80), new InMemoryReceiptJournal(),
                Clock.systemUTC());
        printer.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        ratings = RatingDesk.open(submissions.client(), kioskData, cards.time(), io, clock, Duration.ofDays(7));
        audit = AuditJournal.open(kioskData, clock);
        journal = new JournalWriter(audit);
        journal.follow(cards.shell());
        MaterialDesk materials = new MaterialDesk(catalog, new PageInspector(PageStandard.defaults()), spoolRoot,
                spoolRoot.resolve("scratch"), clock,
                CALENDAR, cleaner);
        FilingJourney.Services services = new FilingJourney.Services(materials,
                Optional.of(new MaterialScanning(scanner, scanWork)),
                ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.COLOR),
                new LicenceFetch(submissions.client(), clock), submissions.desk(),
                Optional.of(new FilingReceipts(printer, HALL, PROGRESS_URL, SHANGHAI)), ratings, offer, CALENDAR, journal);
        journey = new FilingJourney(cards.shell(), cards.identification(), catalog, services, io, clock);
    }

    Choice matter(String code) {
        return new Choice.OneMatter(catalog.matter(code).orElseThrow(() -> new AssertionError("no matter " + code)));
    }

    FilingView view() {
        return journey.view().get();
    }

    FilingView await(Predicate<FilingView> wanted, String what) {
        return ValueWatch.await(journey.view(), wanted, WAIT, what);
    }

    <V extends FilingView> V await(Class<V> step, String what) {
        return step.cast(await(step::isInstance, what));
    }

    /** The first view of {@code step} that {@code wanted} accepts. */
    <V extends FilingView> V await(Class<V> step, Predicate<? super V> wanted, String what) {
        return step.cast(await(view -> step.isInstance(view) && wanted.test(step.cast(view)), what));
    }

    /** What the journal recorded, oldest first; the journal writer is closed first, so all that was noted is in. */
    List<AuditEntry> journalled() {
        journal.close();
        List<AuditEntry> entries = new java.util.ArrayList<>(audit.latest(1000));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** Waits until the file deletions queued so far have run. */
    void cleanerDone() throws InterruptedException, ExecutionException, TimeoutException {
        cleaner.submit(() -> { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Every file under the material spool: scanned pages, thumbnails, PDFs. */
    List<Path> spooledFiles() {
        if (!Files.exists(spoolRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(spoolRoot)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file the outbox keeps for queued filings. */
    List<Path> outboxFiles() {
        Path files = kioskData.resolve("outbox");
        if (!Files.exists(files)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(files)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        journal.close();
        audit.close();
        cards.close();
        ratings.close();
        submissions.close();
        backend.close();
        printer.close();
        printerSimulator.close();
        scanner.close();
        scannerSimulator.close();
        io.shutdownNow();
        scanWork.shutdownNow();
        cleaner.shutdownNow();
    }
}
