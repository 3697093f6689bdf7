package org.onetrip.ui;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onetrip.config.Timeouts;
import org.onetrip.kiosk.session.SessionState;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.receipt.diag.TestPageTemplate;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.HealthSettings;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.KioskEnrolment;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.testfx.util.WaitForAsyncUtils;

/** The shipped demo configuration composed into a kiosk, without its window. */
class KioskCompositionTest {

    private final Configuration shipped = new ConfigurationLoader().load(Path.of("../conf"));

    @Test
    void theDemoKioskIsInServiceWithItsSimulatedDevicesAndSavesWhatItPrints(@TempDir Path data) throws Exception {
        try (KioskComposition kiosk = new KioskComposition(shipped, Path.of("../conf"), data, false, Clock.systemUTC())) {
            assertThat(kiosk.shell().availability().get()).isEqualTo(Availability.IN_SERVICE);
            assertThat(kiosk.idCardSimulator()).isPresent();
            assertThat(kiosk.certificateDesk()).isPresent();
            assertThat(kiosk.supervisor().devices()).extracting(device -> device.name())
                    .containsExactly("idcard", "receipt-printer", "certificate-printer", "scanner");

            ReceiptPrinter printer = kiosk.receiptPrinter().orElseThrow();
            ReceiptJob testPage = new ReceiptJob(new ReceiptId("TEST-1"), new TestPageTemplate(ZoneId.of("Asia/Shanghai"))
                    .render(printer.paperWidth(), "demo", printer.identity(), printer.status(), printer.counters(), Instant.now()));
            PrintOutcome outcome = printer.print(testPage).get(20, TimeUnit.SECONDS);

            assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
            assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
            try (Stream<Path> receipts = Files.list(KioskDevices.paperOf(data).resolve("receipts"))) {
                assertThat(receipts.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".png");
            }
            assertThat(Files.readString(data.resolve("receipt-journal"))).isEqualTo("TEST-1\n");
        }
    }

    @Test
    void onAMachineKeepingUtcTheKioskShowsAndPrintsTheHallsTime(@TempDir Path data) {
        Clock utc = Clock.fixed(Instant.parse("2026-12-07T16:30:00Z"), ZoneId.of("UTC"));
        try (KioskComposition kiosk = new KioskComposition(shipped, Path.of("../conf"), data, false, utc)) {
            assertThat(kiosk.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(java.time.LocalDateTime.now(kiosk.clock())).hasHour(0).hasDayOfMonth(8);
            assertThat(kiosk.submissions().zone()).isEqualTo(kiosk.clock().getZone());
        }
    }

    @Test
    void anAbandonedSessionIsWipedOnTimeWhileTheBackendHangs(@TempDir Path data) throws Exception {
        // a backend that takes every connection and never answers: each call waits out its time-out
        try (ServerSocket hanging = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread taker = new Thread(() -> {
                try {
                    while (true) {
                        held.add(hanging.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "hanging-backend");
            taker.setDaemon(true);
            taker.start();
            Duration inactivity = Duration.ofSeconds(1);
            Duration warning = Duration.ofSeconds(1);
            Timeouts shippedTimeouts = shipped.kiosk().timeouts();
            Configuration unanswered = new Configuration(shipped.kiosk().withDataDirectory(data)
                    .withTimeouts(new Timeouts(inactivity, warning, shippedTimeouts.cardRead(),
                            shippedTimeouts.deviceCommand(), Duration.ofSeconds(30)))
                    .withBackend(BackendSettings.at(URI.create("http://127.0.0.1:" + hanging.getLocalPort() + "/api/v1/"))),
                    shipped.catalog());
            try (KioskComposition kiosk = new KioskComposition(unanswered, Path.of("../conf"), data, false,
                    Clock.systemUTC())) {
                // the heartbeat's first call is under way and hangs for up to 30 s
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !held.isEmpty());
                CompletableFuture<Instant> ended = new CompletableFuture<>();
                Instant started = Instant.now();
                kiosk.shell().touch();
                assertThat(kiosk.shell().sessionScope()).isPresent();
                kiosk.shell().sessionState().subscribe(state -> {
                    if (state instanceof SessionState.NoSession) {
                        ended.complete(Instant.now());
                    }
                });

                Instant wiped = ended.get(20, TimeUnit.SECONDS);

                assertThat(Duration.between(started, wiped))
                        .as("ended after its %s + %s, not behind the hanging call", inactivity, warning)
                        .isLessThan(Duration.ofSeconds(10));
            } finally {
                hanging.close();
                taker.join(5_000);
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aFilingMadeAtTheComposedKioskReachesTheBackendOnce(@TempDir Path data) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (ReferenceBackend backend = new ReferenceBackend()) {
            backend.start(0, data.resolve("backend"));
            KioskSettings shippedKiosk = shipped.kiosk();
            Configuration pointedAtIt = new Configuration(shippedKiosk.withDataDirectory(data)
                    .withBackend(BackendSettings.trusting(backend.baseUri(), backend.authorityCertificateFile())
                        .withSealingKeys(java.util.List.of(backend.sealingKeys().current().kid()))),
                    shipped.catalog());
            KioskEnrolment.enrolUnlessRecognised(pointedAtIt.kiosk(), data,
                    () -> backend.issueEnrolmentCode(shippedKiosk.identity().id()).code(), backend::recognises);

            try (KioskComposition kiosk = new KioskComposition(pointedAtIt, Path.of("../conf"), data, false, Clock.systemUTC())) {
                FilingOutcome outcome = kiosk.submissions().desk().file(new FilingRequest(List.of("HUKOU-MOVE-IN"),
                        Optional.empty(), Map.of("reason", "工作调动"),
                        new Applicant("110101198503121239", "张伟", Optional.empty()),
                        List.of(new ScannedMaterial("M-1", "material-1.pdf", 1, "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII))),
                        List.of(), List.of(), Instant.now()));

                assertThat(outcome).isInstanceOf(FilingOutcome.Filed.class);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                        () -> kiosk.submissions().outbox().counts().get(OutboxState.ACKNOWLEDGED) == 1);
            }
        }
    }

    @Test
    void aConfiguredMetricsPortServesTheKiosksHealthOnLoopback(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        KioskSettings shippedKiosk = shipped.kiosk();
        Configuration withMetrics = new Configuration(shippedKiosk.withDataDirectory(data)
                .withHealth(new HealthSettings(OptionalInt.of(port))), shipped.catalog());

        try (KioskComposition kiosk = new KioskComposition(withMetrics, Path.of("../conf"), data, false, Clock.systemUTC())) {
            HttpResponse<String> scraped = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.body()).contains("# TYPE onetrip_in_service gauge", "onetrip_service_offered");
        }
    }
}
