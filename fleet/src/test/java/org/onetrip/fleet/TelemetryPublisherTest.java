package org.onetrip.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk's telemetry against a real Mosquitto on loopback, watched as an operator would. */
class TelemetryPublisherTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final KioskPlace PLACE = new KioskPlace("north", "hall-1", "kiosk-7");

    @TempDir
    Path dir;
    private LocalBroker broker;
    private ScheduledExecutorService executor;
    private FleetWatch watch;
    private final FleetJson json = new FleetJson();
    private final AtomicReference<KioskStatus> status = new AtomicReference<>(status("ONLINE", List.of()));

    @BeforeEach
    void startBroker() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        broker = LocalBroker.start(dir.resolve("broker"));
        executor = Executors.newSingleThreadScheduledExecutor();
        watch = new FleetWatch(clients(broker.address()), Optional.empty(), Clock.systemUTC(), json)
                .startAndWait(WITHIN);
    }

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void birthAndStatusAreRetainedSoAnOperatorArrivingLaterSeesTheKiosk() throws Exception {
        try (TelemetryPublisher kiosk = publisher(broker.address())) {
            kiosk.start();
            Eventually.until("the kiosk online with a status", WITHIN, () -> watch.kiosk("kiosk-7")
                    .filter(k -> k.online() && k.status().isPresent()).isPresent());
            try (FleetWatch later = new FleetWatch(clients(broker.address()), Optional.of("north"), Clock.systemUTC(),
                    json).startAndWait(WITHIN)) {
                Eventually.until("a later operator sees the retained birth and status", WITHIN,
                        () -> later.kiosk("kiosk-7").filter(k -> k.online() && k.status().isPresent()).isPresent());
                KioskRecord seen = later.kiosk("kiosk-7").orElseThrow();
                assertThat(seen.place()).isEqualTo(PLACE);
                assertThat(seen.version()).isEqualTo("test-1");
                assertThat(seen.state()).isEqualTo("IN_SERVICE");
                assertThat(seen.alerts()).isEmpty();
            }
        }
    }

    @Test
    void aChangeGoesOutAtOnceAndPaperNearItsEndIsAnAlert() throws Exception {
        try (TelemetryPublisher kiosk = publisher(broker.address())) {
            kiosk.start();
            Eventually.until("the first status", WITHIN, () -> watch.kiosk("kiosk-7")
                    .flatMap(KioskRecord::status).isPresent());
            status.set(status("DEGRADED", List.of("PAPER_NEAR_END")));
            kiosk.changed();
            Eventually.until("the paper warning", WITHIN, () -> watch.kiosk("kiosk-7")
                    .map(KioskRecord::alerts).orElse(List.of()).contains("receipt-printer: PAPER_NEAR_END"));
        }
    }

    @Test
    void theLastWillMarksTheKioskOfflineWhenItsConnectionDrops() throws Exception {
        try (CuttableLink link = new CuttableLink(broker.port());
                TelemetryPublisher kiosk = publisher(link.address())) {
            kiosk.start();
            Eventually.until("online", WITHIN, () -> watch.kiosk("kiosk-7").filter(KioskRecord::online).isPresent());
            link.cut();
            Eventually.until("offline by the will", WITHIN, () -> watch.kiosk("kiosk-7")
                    .filter(k -> !k.online()).isPresent());
            assertThat(watch.kiosk("kiosk-7").orElseThrow().alerts()).contains("offline");
            link.mend();
            Eventually.until("online again after reconnecting", WITHIN,
                    () -> watch.kiosk("kiosk-7").filter(KioskRecord::online).isPresent());
        }
    }

    @Test
    void eventsRaisedWhileTheBrokerIsUnreachableAreKeptOnDiskAndSentOnReconnect() throws Exception {
        Path spool = dir.resolve("events");
        try (CuttableLink link = new CuttableLink(broker.port());
                TelemetryPublisher kiosk = publisher(link.address(), spool, 100)) {
            kiosk.start();
            Eventually.until("online", WITHIN, () -> watch.kiosk("kiosk-7").filter(KioskRecord::online).isPresent());
            link.cut();
            Eventually.until("the kiosk notices", WITHIN, () -> !kiosk.connected());
            kiosk.raise(KioskEvent.Kind.DEVICE_FAULT, "receipt-printer", "PAPER_OUT");
            kiosk.raise(KioskEvent.Kind.SET_ASIDE, "outbox", "filing set aside after 3 refusals");
            Eventually.until("two events on disk", WITHIN, () -> kiosk.waitingEvents() == 2);
            assertThat(Files.list(spool).count()).isEqualTo(2);
            link.mend();
            Eventually.until("both events at the operator", WITHIN, () -> watch.kiosk("kiosk-7")
                    .map(k -> k.events().size()).orElse(0) == 2);
            List<KioskEvent> events = watch.kiosk("kiosk-7").orElseThrow().events();
            assertThat(events).extracting(KioskEvent::kind)
                    .containsExactly(KioskEvent.Kind.DEVICE_FAULT, KioskEvent.Kind.SET_ASIDE);
            assertThat(events).extracting(KioskEvent::sequence).containsExactly(1L, 2L);
            Eventually.until("the disk emptied", WITHIN, () -> kiosk.waitingEvents() == 0);
        }
    }

    @Test
    void theSpoolKeepsOnlyItsLimitAndSaysHowManyItDropped() throws Exception {
        Path spool = dir.resolve("events");
        try (CuttableLink link = new CuttableLink(broker.port());
                TelemetryPublisher kiosk = publisher(link.address(), spool, 3)) {
            link.cut();
            kiosk.start();
            for (int i = 0; i < 5; i++) {
                kiosk.raise(KioskEvent.Kind.DEVICE_FAULT, "scanner", "MEDIA_JAM " + i);
            }
            Eventually.until("three kept", WITHIN, () -> kiosk.waitingEvents() == 3);
            link.mend();
            Eventually.until("three events and the drop count", WITHIN, () -> watch.kiosk("kiosk-7")
                    .map(k -> k.events().size()).orElse(0) == 4);
            List<KioskEvent> events = watch.kiosk("kiosk-7").orElseThrow().events();
            assertThat(events.get(0).kind()).isEqualTo(KioskEvent.Kind.EVENTS_DROPPED);
            assertThat(events.get(0).detail()).startsWith("2 event(s) dropped");
            assertThat(events.subList(1, 4)).extracting(KioskEvent::detail)
                    .containsExactly("MEDIA_JAM 2", "MEDIA_JAM 3", "MEDIA_JAM 4");
        }
    }

    private TelemetryPublisher publisher(BrokerAddress address) {
        return publisher(address, dir.resolve("events"), 100);
    }

    private TelemetryPublisher publisher(BrokerAddress address, Path spool, int limit) {
        return new TelemetryPublisher(PLACE, clients(address), status::get, new EventSpool(spool, limit, json), executor,
                Clock.systemUTC(), new TelemetrySettings(Duration.ofMinutes(1), Duration.ZERO, limit, "test-1"), json);
    }

    private static BrokerClients clients(BrokerAddress address) {
        return new BrokerClients(address, new BrokerLogin.Anonymous());
    }

    private static KioskStatus status(String printerState, List<String> reasons) {
        List<DeviceReport> devices = List.of(new DeviceReport("receipt-printer", "receipt-printer", printerState, reasons));
        return new KioskStatus("kiosk-7", "IN_SERVICE", "", devices, KioskStatus.suppliesOf(devices), 0, 0, 0, 3, false,
                "test-1", "c0ffee", "beef", "", "12:abcd", "2026-12-07T12:00:00Z");
    }
}
