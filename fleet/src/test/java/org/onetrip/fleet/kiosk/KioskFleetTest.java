package org.onetrip.fleet.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.FleetSettings;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.fleet.BrokerClients;
import org.onetrip.fleet.BrokerLogin;
import org.onetrip.fleet.CommandName;
import org.onetrip.fleet.CommandReply;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.FleetOperator;
import org.onetrip.fleet.FleetWatch;
import org.onetrip.fleet.KioskEvent;
import org.onetrip.fleet.KioskPlace;
import org.onetrip.fleet.KioskRecord;
import org.onetrip.fleet.KioskStatus;
import org.onetrip.fleet.LocalBroker;
import org.onetrip.fleet.OperatorKey;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.health.HealthSnapshot;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.LogFiles;
import org.onetrip.kiosk.privacy.PersonalDataMasker;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DeviceSupervisor;
import org.onetrip.kiosk.supervision.SupervisedDevice;
import org.onetrip.kiosk.supervision.SupervisionSettings;
import org.onetrip.kiosk.time.ExecutorScheduler;

/**
 * The kiosk's own parts (shell, device supervisor, outbox, audit journal) in its fleet, over a
 * real Mosquitto: its status as the operator sees it, a printer's paper running low, and a
 * signed out-of-service command followed and journalled.
 */
class KioskFleetTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemUTC();
    private final FleetJson json = new FleetJson();
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
    private LocalBroker broker;
    private AuditJournal audit;
    private CounterStore counters;
    private Outbox outbox;
    private DeviceSupervisor supervisor;
    private KioskShell shell;
    private KioskFleet fleet;
    private FleetWatch watch;
    private final DeviceHealth printer = new DeviceHealth("receipt-printer", DeviceState.ONLINE, Clock.systemUTC());
    private final OperatorKey operator = OperatorKey.generate(json);

    @BeforeEach
    void start() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        broker = LocalBroker.start(dir.resolve("broker"));
        Path data = dir.resolve("data");
        Path config = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(config.resolve("kiosk.yaml"), "kiosk: {}\n");
        Files.writeString(config.resolve("catalog.yaml"), "catalog: {}\n");
        Path pub = OperatorKey.publicFile(config.resolve("operator.jwk"));
        operator.save(config.resolve("operator.jwk"));
        audit = AuditJournal.open(data, dir.resolve("keys"), clock);
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/onetrip.log"), "12:00:00 INFO card read for 110101199003074518\n"
                + "12:00:01 INFO session ended\n");
        counters = CounterStore.open(data, clock);
        outbox = Outbox.open(data, org.onetrip.kiosk.sealing.SealingKeys.open(Set.of(), data, clock),
                org.onetrip.kiosk.outbox.FreeSpaceProbe.fileStore(), 0, clock);
        ExecutorScheduler scheduler = new ExecutorScheduler(timers);
        SupervisedDevice device = new SupervisedDevice("receipt-printer", DeviceRole.RECEIPT_PRINTER, printer::current,
                printer::addListener, () -> CompletableFuture.completedFuture(new SelfTestResult(true, Map.of(),
                        Duration.ofMillis(3), "printer answers")), Map::of, () -> CompletableFuture.completedFuture(null));
        supervisor = new DeviceSupervisor(List.of(device), SupervisionSettings.standard(new Random(1)), counters, scheduler);
        supervisor.start();
        shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(15)), Language.ZH_CN, clock,
                scheduler);
        FleetSettings settings = new FleetSettings(URI.create(broker.address().toString()), "south", "hall-02", pub,
                Optional.empty(), Optional.empty(), Optional.empty(), 100);
        KioskStatusReader reader = new KioskStatusReader("SZ-NS-0001",
                () -> HealthSnapshot.take(supervisor, counters, clock), shell, outbox, audit, clock,
                ZoneId.of("Asia/Shanghai"), "test-1", config);
        fleet = KioskFleet.start(settings, "SZ-NS-0001", data, KioskFleet.login(settings, Optional.empty(),
                Optional.empty()), reader, new KioskFleetControls(shell, supervisor,
                new DiagnosticRun(supervisor.supervised(), Duration.ofSeconds(5)), () -> { },
                new LogFiles(data.resolve("logs"), new PersonalDataMasker()::mask, "SZ-NS-0001", clock), "SZ-NS-0001"),
                audit, clock, "test-1");
        watch = new FleetWatch(new BrokerClients(broker.address(), new BrokerLogin.Anonymous()), Optional.empty(), clock,
                json).startAndWait(WITHIN);
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {watch, fleet, supervisor, outbox, counters, audit, broker}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing
            }
        }
        timers.shutdownNow();
    }

    @Test
    void theOperatorSeesTheKiosksOwnStatusItsPaperAndItsCommandsInTheJournal() throws Exception {
        until(() -> watch.kiosk("SZ-NS-0001").flatMap(KioskRecord::status).isPresent());
        KioskRecord seen = watch.kiosk("SZ-NS-0001").orElseThrow();
        assertThat(seen.place()).isEqualTo(new KioskPlace("south", "hall-02", "SZ-NS-0001"));
        KioskStatus status = seen.status().orElseThrow();
        assertThat(status.devices()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("receipt-printer");
            assertThat(d.state()).isEqualTo("ONLINE");
        });
        assertThat(status.configHash()).hasSize(64);
        assertThat(status.version()).isEqualTo("test-1");
        assertThat(status.sessionActive()).isFalse();

        printer.update(DeviceState.DEGRADED, Set.of(DeviceReason.PAPER_NEAR_END), Optional.empty());
        until(() -> watch.kiosk("SZ-NS-0001").map(KioskRecord::alerts).orElse(List.of())
                .contains("receipt-printer: PAPER_NEAR_END"));
        until(() -> watch.kiosk("SZ-NS-0001").map(KioskRecord::events).orElse(List.of()).stream()
                .anyMatch(e -> e.kind() == KioskEvent.Kind.SUPPLY_LOW && e.detail().equals("PAPER_NEAR_END")));

        try (FleetOperator sender = new FleetOperator(new BrokerClients(broker.address(), new BrokerLogin.Anonymous()),
                operator, clock, json).startAndWait(WITHIN)) {
            CommandReply reply = sender.send(seen.place(), CommandName.OUT_OF_SERVICE, List.of()).get(15, TimeUnit.SECONDS);
            assertThat(reply.outcome()).isEqualTo("DONE");
            until(() -> !supervisor.offer().get().inService());
            until(() -> watch.kiosk("SZ-NS-0001").map(KioskRecord::state).orElse("").equals("OUT_OF_SERVICE"));
            AuditEntry journalled = audit.latest(20).stream().filter(e -> e.action() == AuditAction.FLEET_COMMAND)
                    .findFirst().orElseThrow();
            assertThat(journalled.actor()).isEqualTo("fleet:" + operator.keyId());
            assertThat(journalled.detail()).contains("out-of-service", reply.order(), "DONE");
            until(() -> watch.kiosk("SZ-NS-0001").flatMap(KioskRecord::status)
                    .map(s -> s.journalAnchor().startsWith(audit.head().sequence() + ":")).orElse(false));
        }
    }

    @Test
    void sendLogsPostsTheMaskedLogToTheOperatorsAddress() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> received = new java.util.concurrent.atomic.AtomicReference<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 1);
        server.createContext("/logs", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try (FleetOperator sender = new FleetOperator(new BrokerClients(broker.address(), new BrokerLogin.Anonymous()),
                operator, clock, json).startAndWait(WITHIN)) {
            until(() -> watch.kiosk("SZ-NS-0001").isPresent());
            CommandReply reply = sender.send(watch.kiosk("SZ-NS-0001").orElseThrow().place(), CommandName.SEND_LOGS,
                    List.of("http://127.0.0.1:" + server.getAddress().getPort() + "/logs")).get(15, TimeUnit.SECONDS);
            assertThat(reply.outcome()).isEqualTo("DONE");
            assertThat(reply.detail()).isEqualTo("2 masked log lines sent");
            assertThat(received.get()).contains("session ended").doesNotContain("110101199003074518");
            CommandReply refused = sender.send(watch.kiosk("SZ-NS-0001").orElseThrow().place(), CommandName.SEND_LOGS,
                    List.of("http://logs.example/up")).get(15, TimeUnit.SECONDS);
            assertThat(refused.outcome()).isEqualTo("REFUSED");
        } finally {
            server.stop(0);
        }
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + WITHIN.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
