package org.onetrip.devices.scanner.escl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanFailed;
import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.scanner.ScanJob;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScanStart;
import org.onetrip.devices.scanner.ScanStep;
import org.onetrip.devices.scanner.ScannerCapabilities;
import org.onetrip.devices.scanner.image.ImageFacts;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.SelfTestResult;

/** The eSCL driver against the simulated scanner, over loopback HTTP. */
class EsclScannerTest {
    private static final EsclSettings FAST = new EsclSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3,
            Duration.ofMillis(10));

    @TempDir
    Path spool;
    private EsclScannerSimulator simulator;
    private EsclScanner scanner;

    @BeforeAll
    static void noDelayedAcks() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void start() throws IOException {
        simulator = EsclScannerSimulator.start(0);
        scanner = new EsclScanner(simulator.url(), FAST, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        scanner.close();
        simulator.close();
    }

    @Test
    void readsWhatTheScannerCanDo() throws Exception {
        ScannerCapabilities caps = scanner.capabilities().get(10, TimeUnit.SECONDS);

        assertThat(caps.model()).isEqualTo("OneTrip SIM-eSCL A4");
        assertThat(caps.sources()).containsExactlyInAnyOrder(ScanSource.PLATEN, ScanSource.FEEDER);
        assertThat(caps.resolutions()).containsExactly(150, 200, 300);
        assertThat(caps.colorModes()).containsExactlyInAnyOrder(ScanColorMode.COLOR, ScanColorMode.GRAYSCALE);
        assertThat(caps.formats()).contains(ScanRequest.JPEG, ScanRequest.PNG);
    }

    @Test
    void selfTestNamesTheScannerAndItsState() throws Exception {
        SelfTestResult test = scanner.selfTest().get(10, TimeUnit.SECONDS);

        assertThat(test.ok()).isTrue();
        assertThat(test.details()).containsEntry("model", "OneTrip SIM-eSCL A4").containsEntry("state", "Idle")
                .containsEntry("adfState", "ScannerAdfEmpty");
        assertThat(scanner.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void scansOnePageFromTheGlassAsA4AtTheAskedResolution() throws Exception {
        ScanJob job = started(ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.GRAYSCALE));

        ScanStep first = job.nextPage().get(20, TimeUnit.SECONDS);
        ScanStep second = job.nextPage().get(20, TimeUnit.SECONDS);

        assertThat(first).isInstanceOf(ScanStep.Page.class);
        Path file = ((ScanStep.Page) first).page().file();
        assertThat(file.getParent()).isEqualTo(spool);
        ImageFacts facts = new PageInspector(PageStandard.defaults()).facts(file);
        assertThat(facts.format()).isEqualTo("JPEG");
        assertThat(facts.widthPx()).isEqualTo(1240);
        assertThat(facts.heightPx()).isEqualTo(1754);
        assertThat(facts.dpi()).isEqualTo(150);
        assertThat(second).isEqualTo(new ScanStep.Finished(1));
        assertThat(job.nextPage().get(5, TimeUnit.SECONDS)).isEqualTo(new ScanStep.Finished(1));
        assertThat(spool.toFile().list()).containsExactly(file.getFileName().toString());
    }

    @Test
    void takesEveryFeederPageThenFinishesWhenTheFeederIsEmpty() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.SKEWED, SimulatedPage.BLANK));
        ScanJob job = started(new ScanRequest(ScanSource.FEEDER, 150, ScanColorMode.COLOR, ScanRequest.PNG));

        List<ScanStep> steps = drain(job);

        assertThat(steps).hasSize(4);
        assertThat(steps.subList(0, 3)).allSatisfy(step -> assertThat(step).isInstanceOf(ScanStep.Page.class));
        assertThat(((ScanStep.Page) steps.get(2)).page().number()).isEqualTo(3);
        assertThat(((ScanStep.Page) steps.get(0)).page().mediaType()).isEqualTo("image/png");
        assertThat(steps.get(3)).isEqualTo(new ScanStep.Finished(3));
        assertThat(simulator.sheetsInFeeder()).isZero();
        DeviceStatus status = scanner.status();
        assertThat(status.state()).isEqualTo(DeviceState.ONLINE);
        assertThat(status.reasons()).containsExactly(DeviceReason.FEEDER_EMPTY);
        assertThat(scanner.counters()).containsEntry("pagesScanned", 3L);
    }

    @Test
    void refusesAFeederJobWhenTheFeederIsEmpty() throws Exception {
        ScanStart start = scanner.start(ScanRequest.jpeg(ScanSource.FEEDER, 300, ScanColorMode.COLOR), spool)
                .get(10, TimeUnit.SECONDS);

        assertThat(start).isInstanceOfSatisfying(ScanFailed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(ScanFailure.FEEDER_EMPTY);
            assertThat(failed.scannerReasons()).contains(DeviceReason.FEEDER_EMPTY);
            assertThat(failed.reason().advice()).contains("进纸器");
        });
    }

    @Test
    void aJamStopsTheJobKeepingThePagesBeforeIt() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        ScanJob job = started(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE));
        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);

        simulator.jamAtNextPage();
        ScanStep step = job.nextPage().get(20, TimeUnit.SECONDS);

        assertThat(step).isInstanceOfSatisfying(ScanFailed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(ScanFailure.MEDIA_JAM);
            assertThat(failed.pagesDelivered()).isEqualTo(1);
        });
        assertThat(scanner.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(scanner.status().reasons()).contains(DeviceReason.MEDIA_JAM);
        assertThat(scanner.start(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE), spool)
                .get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ScanFailed.class,
                        failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.MEDIA_JAM));

        simulator.clear();
        assertThat(scanner.refreshStatus().get(10, TimeUnit.SECONDS).state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aScannerThatGoesOfflineMidJobIsReportedOffline() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        ScanJob job = started(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE));
        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);

        simulator.goOffline();
        ScanStep step = job.nextPage().get(20, TimeUnit.SECONDS);

        assertThat(step).isInstanceOfSatisfying(ScanFailed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(ScanFailure.SCANNER_OFFLINE);
            assertThat(failed.pagesDelivered()).isEqualTo(1);
        });
        assertThat(scanner.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(scanner.status().lastError()).get().asString().contains("cannot reach");
        assertThat(Files.list(spool).filter(f -> f.toString().endsWith(".part"))).isEmpty();
    }

    @Test
    void anUnreachableScannerIsOfflineWithAReason() throws Exception {
        simulator.close();
        try (EsclScanner gone = new EsclScanner(simulator.url(), FAST, Clock.systemUTC())) {
            ScanStart start = gone.start(ScanRequest.jpeg(ScanSource.PLATEN, 300, ScanColorMode.COLOR), spool)
                    .get(10, TimeUnit.SECONDS);
            SelfTestResult test = gone.selfTest().get(10, TimeUnit.SECONDS);

            assertThat(start).isInstanceOfSatisfying(ScanFailed.class,
                    failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.SCANNER_OFFLINE));
            assertThat(gone.status().state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(gone.status().reasons()).containsExactly(DeviceReason.PORT_MISSING);
            assertThat(test.ok()).isFalse();
        }
    }

    @Test
    void waitsOutABusyScanner() throws Exception {
        ScanJob job = started(ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.GRAYSCALE));
        simulator.answerBusy(2);

        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);
    }

    @Test
    void givesUpOnAScannerBusyForTooLong() throws Exception {
        ScanJob job = started(ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.GRAYSCALE));
        simulator.answerBusy(FAST.busyRetries() + 1);

        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(ScanFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.SCANNER_BUSY));
    }

    @Test
    void aPageWaitingOutABusyScannerStillEndsWhenTheDriverCloses() throws Exception {
        EsclScanner patient = new EsclScanner(simulator.url(),
                new EsclSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMinutes(5)), Clock.systemUTC());
        try (patient) {
            ScanStart start = patient.start(ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.GRAYSCALE), spool)
                    .get(10, TimeUnit.SECONDS);
            ScanJob job = ((ScanStart.Started) start).job();
            simulator.answerBusy(3);
            CompletableFuture<ScanStep> page = job.nextPage();
            // the scanner said busy once: the driver now waits five minutes to ask again
            assertThat(simulator.awaitBusyAnswersLeft(2, Duration.ofSeconds(10))).isTrue();

            patient.close();

            assertThat(page).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(org.onetrip.devices.DeviceException.class);
        }
    }

    @Test
    void loadsSomeDocumentPagesAtOnce() throws Exception {
        simulator.loadFeeder(2);
        ScanJob job = started(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE));

        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);
        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);
        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isEqualTo(new ScanStep.Finished(2));
    }

    @Test
    void cancelsAJob() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        ScanJob job = started(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE));
        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);

        assertThat(job.cancel().get(10, TimeUnit.SECONDS)).isTrue();

        assertThat(simulator.cancelledJobs()).isEqualTo(1);
        assertThat(job.nextPage().get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ScanFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.JOB_CANCELED));
        assertThat(simulator.sheetsInFeeder()).isEqualTo(2);
    }

    @Test
    void closingTheDriverCancelsAJobLeftRunning() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        ScanJob job = started(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE));
        assertThat(job.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);

        scanner.close();

        assertThat(simulator.cancelledJobs()).isEqualTo(1);
        try (EsclScanner next = new EsclScanner(simulator.url(), FAST, Clock.systemUTC())) {
            assertThat(next.start(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE), spool)
                    .get(10, TimeUnit.SECONDS)).as("the scanner is free for the next citizen").isInstanceOf(ScanStart.Started.class);
        }
    }

    @Test
    void aJobLeftByAKioskThatDiedMidScanIsCancelledBeforeTheNextScan() throws Exception {
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT));
        // an earlier kiosk process started a job, took a page and was killed: nothing closed its driver
        EsclScanner killed = new EsclScanner(simulator.url(), FAST, Clock.systemUTC());
        ScanJob left = ((ScanStart.Started) killed.start(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE),
                spool).get(10, TimeUnit.SECONDS)).job();
        assertThat(left.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);

        simulator.emptyFeeder();
        simulator.loadFeeder(List.of(SimulatedPage.DOCUMENT));
        ScanJob next = started(ScanRequest.jpeg(ScanSource.FEEDER, 150, ScanColorMode.GRAYSCALE));

        assertThat(simulator.cancelledJobs()).as("the earlier citizen's job").isEqualTo(1);
        assertThat(next.nextPage().get(20, TimeUnit.SECONDS)).isInstanceOf(ScanStep.Page.class);
        assertThat(next.nextPage().get(20, TimeUnit.SECONDS)).isEqualTo(new ScanStep.Finished(1));
        assertThat(scanner.counters()).containsEntry("leftJobsCancelled", 1L);
        killed.close();
    }

    @Test
    void anOpenCoverRefusesTheJob() throws Exception {
        simulator.openCover();

        ScanStart start = scanner.start(ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.COLOR), spool)
                .get(10, TimeUnit.SECONDS);

        assertThat(start).isInstanceOfSatisfying(ScanFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.COVER_OPEN));
        assertThat(scanner.status().reasons()).contains(DeviceReason.COVER_OPEN);
    }

    @Test
    void settingsTheScannerDoesNotOfferAreRefusedBeforeAnythingIsSent() throws Exception {
        ScanStart start = scanner.start(ScanRequest.jpeg(ScanSource.PLATEN, 600, ScanColorMode.COLOR), spool)
                .get(10, TimeUnit.SECONDS);

        assertThat(start).isInstanceOfSatisfying(ScanFailed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(ScanFailure.SETTINGS_REFUSED);
            assertThat(failed.detail()).contains("600 dpi not offered");
        });
    }

    @ParameterizedTest
    @CsvSource({"401, ACCESS_DENIED", "403, ACCESS_DENIED", "500, PROTOCOL_ERROR", "503, SCANNER_BUSY",
        "400, SETTINGS_REFUSED", "415, SETTINGS_REFUSED"})
    void eachHttpErrorCreatingAJobHasAReason(int status, ScanFailure expected) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/eSCL/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = path.endsWith("ScannerCapabilities") ? capabilitiesOf(simulator)
                        : path.endsWith("ScannerStatus") ? statusOf(simulator) : new byte[0];
                exchange.sendResponseHeaders(path.endsWith("ScanJobs") ? status : 200, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
            }
        });
        server.start();
        try (EsclScanner refusing = new EsclScanner(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eSCL/"),
                FAST, Clock.systemUTC())) {
            ScanStart start = refusing.start(ScanRequest.jpeg(ScanSource.PLATEN, 300, ScanColorMode.COLOR), spool)
                    .get(10, TimeUnit.SECONDS);

            assertThat(start).isInstanceOfSatisfying(ScanFailed.class, failed -> {
                assertThat(failed.reason()).isEqualTo(expected);
                assertThat(failed.detail()).contains("HTTP " + status);
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aScannerAnsweringWithAnEntityIsAProtocolError() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/eSCL/", exchange -> {
            try (exchange) {
                byte[] body = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                        + "<scan:ScannerCapabilities xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\">&e;"
                        + "</scan:ScannerCapabilities>").getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        try (EsclScanner hostile = new EsclScanner(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eSCL"),
                FAST, Clock.systemUTC())) {
            ScanStart start = hostile.start(ScanRequest.jpeg(ScanSource.PLATEN, 300, ScanColorMode.COLOR), spool)
                    .get(10, TimeUnit.SECONDS);

            assertThat(start).isInstanceOfSatisfying(ScanFailed.class, failed -> {
                assertThat(failed.reason()).isEqualTo(ScanFailure.PROTOCOL_ERROR);
                assertThat(failed.detail()).contains("DOCTYPE");
            });
        } finally {
            server.stop(0);
        }
    }

    private static byte[] capabilitiesOf(EsclScannerSimulator simulator) throws IOException {
        return fetch(simulator.url().resolve("ScannerCapabilities"));
    }

    private static byte[] statusOf(EsclScannerSimulator simulator) throws IOException {
        return fetch(simulator.url().resolve("ScannerStatus"));
    }

    private static byte[] fetch(URI uri) throws IOException {
        try (var in = uri.toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    private ScanJob started(ScanRequest request) throws Exception {
        ScanStart start = scanner.start(request, spool).get(10, TimeUnit.SECONDS);
        assertThat(start).isInstanceOf(ScanStart.Started.class);
        return ((ScanStart.Started) start).job();
    }

    private static List<ScanStep> drain(ScanJob job) throws Exception {
        List<ScanStep> steps = new ArrayList<>();
        while (true) {
            ScanStep step = job.nextPage().get(20, TimeUnit.SECONDS);
            steps.add(step);
            if (!(step instanceof ScanStep.Page)) {
                return steps;
            }
        }
    }
}
