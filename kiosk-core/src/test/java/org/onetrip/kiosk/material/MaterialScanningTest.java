package org.onetrip.kiosk.material;

import org.onetrip.config.calendar.WorkingDayCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.image.Unreadable;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.session.SessionScope;

/** Scanning into a material from the simulated eSCL scanner, over loopback HTTP. */
class MaterialScanningTest {
    @TempDir
    Path spoolRoot;
    private EsclScannerSimulator simulator;
    private EsclScanner scanner;
    private ExecutorService work;
    private MaterialChecklist checklist;

    @BeforeAll
    static void noDelayedAcks() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void start() throws IOException {
        simulator = EsclScannerSimulator.start(0);
        scanner = new EsclScanner(simulator.url(), new EsclSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3,
                Duration.ofMillis(10)), Clock.systemUTC());
        work = Executors.newSingleThreadExecutor();
        MaterialDesk desk = new MaterialDesk(MaterialFixtures.CATALOG, new PageInspector(PageStandard.defaults()), spoolRoot,
                spoolRoot.resolve("scratch"),
                Clock.systemUTC(), WorkingDayCalendar.WEEKDAYS_ONLY, Runnable::run);
        checklist = desk.checklistFor(MaterialFixtures.MOVING_IN, new SessionScope());
    }

    @AfterEach
    void stop() {
        work.shutdownNow();
        scanner.close();
        simulator.close();
    }

    @Test
    void aFeederBatchKeepsGoodPagesAndNamesTheBlankAndBrokenOnes() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.BLANK, SimulatedPage.CORRUPT, SimulatedPage.SKEWED));
        List<PageOutcome> told = new CopyOnWriteArrayList<>();

        ScanReport report = new MaterialScanning(scanner, work).scan(checklist, "ID-COPY",
                ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.COLOR), told::add).report().get(60, TimeUnit.SECONDS);

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.blankPages()).containsExactly(2);
        assertThat(report.unusable()).extracting(PageOutcome.Unusable::reason).containsExactly(Unreadable.TRUNCATED);
        assertThat(report.stoppedBy()).isEmpty();
        assertThat(told).hasSize(4);
        assertThat(checklist.item("ID-COPY").pages().count()).isEqualTo(2);
        assertThat(checklist.item("ID-COPY").state().get()).isEqualTo(MaterialState.SCANNED);
        try (Stream<Path> incoming = Files.list(checklist.incoming())) {
            assertThat(incoming).as("raw scans are gone once checked").isEmpty();
        }
    }

    @Test
    void aScanThatFailsOnThisSideStillFreesTheScannerForTheNextCitizen() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        MaterialScanning scanning = new MaterialScanning(scanner, work);

        CompletableFuture<ScanReport> failed = scanning.scan(checklist, "ID-COPY",
                ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE), outcome -> {
                    throw new IllegalStateException("the screen could not take the page");
                }).report();

        assertThatThrownBy(() -> failed.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        simulator.emptyFeeder();
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT));
        ScanReport next = scanning.scan(checklist, "LEASE", ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE),
                outcome -> { }).report().get(60, TimeUnit.SECONDS);
        assertThat(next.stoppedBy()).as("the scanner is not left busy with the failed job").isEmpty();
        assertThat(next.added()).isEqualTo(1);
    }

    @Test
    void aJamIsReportedWithThePagesBeforeItKept() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        MaterialScanning scanning = new MaterialScanning(scanner, work);
        simulator.jamAtNextPage();

        ScanReport report = scanning.scan(checklist, "LEASE", ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE),
                outcome -> { }).report().get(60, TimeUnit.SECONDS);

        assertThat(report.added()).isZero();
        assertThat(report.stoppedBy()).hasValueSatisfying(failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.MEDIA_JAM));
        assertThat(checklist.item("LEASE").state().get()).isEqualTo(MaterialState.MISSING);
    }
}
