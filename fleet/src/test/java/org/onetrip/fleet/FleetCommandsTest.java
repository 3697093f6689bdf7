package org.onetrip.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.fleet.sim.SimulatedKiosk;

/** Signed commands to a kiosk over a real Mosquitto: followed, refused, acknowledged and journalled. */
class FleetCommandsTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final KioskPlace PLACE = new KioskPlace("north", "hall-1", "kiosk-3");

    @TempDir
    Path dir;
    private LocalBroker broker;
    private final FleetJson json = new FleetJson();
    private final OperatorKey operator = OperatorKey.generate(json);
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService work = Executors.newSingleThreadExecutor();
    private SimulatedKiosk kiosk;
    private TelemetryPublisher telemetry;
    private FleetOperator sender;
    private FleetWatch watch;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        broker = LocalBroker.start(dir.resolve("broker"));
        BrokerClients clients = new BrokerClients(broker.address(), new BrokerLogin.Anonymous());
        kiosk = new SimulatedKiosk(PLACE, Clock.systemUTC(), "test-1");
        telemetry = new TelemetryPublisher(PLACE, clients, kiosk::status, new EventSpool(dir.resolve("events"), 100, json),
                executor, Clock.systemUTC(), new TelemetrySettings(Duration.ofMinutes(1), Duration.ZERO, 100, "test-1"),
                json);
        kiosk.attach(telemetry);
        new CommandDesk(telemetry, new OrderCheck(operator.publicKey(), PLACE.kiosk(), json), operator.keyId(),
                kioskControls(), (actor, detail) -> journal.add(actor + " " + detail), work, Clock.systemUTC(), json)
                .start();
        telemetry.start();
        watch = new FleetWatch(clients, Optional.empty(), Clock.systemUTC(), json).startAndWait(WITHIN);
        Eventually.until("the kiosk online", WITHIN, () -> watch.kiosk(PLACE.kiosk()).filter(KioskRecord::online).isPresent());
        sender = new FleetOperator(clients, operator, Clock.systemUTC(), json).startAndWait(WITHIN);
    }

    private KioskControls kioskControls() {
        // the simulated kiosk stands in for the kiosk's devices and shell; the desk and the check are the kiosk's own
        return kiosk;
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {sender, watch, telemetry}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing
            }
        }
        executor.shutdownNow();
        work.shutdownNow();
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void outOfServiceIsAcknowledgedJournalledAndShownInTheStatus() throws Exception {
        CommandReply reply = sender.send(PLACE, CommandName.OUT_OF_SERVICE, List.of()).get(15, TimeUnit.SECONDS);
        assertThat(reply.outcome()).isEqualTo("DONE");
        assertThat(reply.kiosk()).isEqualTo("kiosk-3");
        assertThat(journal).singleElement().asString()
                .startsWith("fleet:" + operator.keyId() + " out-of-service (order " + reply.order() + "): DONE");
        Eventually.until("out of service at the operator", WITHIN,
                () -> watch.kiosk("kiosk-3").map(KioskRecord::state).orElse("").equals("OUT_OF_SERVICE"));
        assertThat(sender.send(PLACE, CommandName.IN_SERVICE, List.of()).get(15, TimeUnit.SECONDS).done()).isTrue();
        Eventually.until("in service again", WITHIN,
                () -> watch.kiosk("kiosk-3").map(KioskRecord::state).orElse("").equals("IN_SERVICE"));
    }

    @Test
    void aCommandThatWouldInterruptACitizenIsRefusedWhileTheSessionLasts() throws Exception {
        kiosk.sessionActive(true);
        CommandReply reply = sender.send(PLACE, CommandName.OUT_OF_SERVICE, List.of()).get(15, TimeUnit.SECONDS);
        assertThat(reply.outcome()).isEqualTo("REFUSED");
        assertThat(reply.detail()).contains("session is active");
        assertThat(kiosk.status().inService()).isTrue();
        kiosk.sessionActive(false);
        assertThat(sender.send(PLACE, CommandName.RESTART, List.of()).get(15, TimeUnit.SECONDS).done()).isTrue();
    }

    @Test
    void anOrderSignedByAnotherKeyIsRefusedAndJournalled() throws Exception {
        OperatorKey stranger = OperatorKey.generate(json);
        try (FleetOperator impostor = new FleetOperator(new BrokerClients(broker.address(), new BrokerLogin.Anonymous()),
                stranger, Clock.systemUTC(), json).startAndWait(WITHIN)) {
            CommandReply reply = impostor.send(PLACE, CommandName.OUT_OF_SERVICE, List.of()).get(15, TimeUnit.SECONDS);
            assertThat(reply.outcome()).isEqualTo("REFUSED");
            assertThat(reply.detail()).contains("not signed by the fleet operator's key");
        }
        assertThat(kiosk.status().inService()).isTrue();
        assertThat(journal).singleElement().asString().startsWith("fleet:unverified command out-of-service");
    }

    @Test
    void aReplayedOrderIsNotFollowedTwice() throws Exception {
        FleetOrder order = operator.order("kiosk-3", CommandName.OUT_OF_SERVICE, List.of(), java.time.Instant.now());
        String signed = operator.sign(order);
        Mqtt5AsyncClient raw = new BrokerClients(broker.address(), new BrokerLogin.Anonymous())
                .client("replayer", Optional.empty(), () -> { });
        List<CommandReply> replies = new CopyOnWriteArrayList<>();
        raw.connect().get(10, TimeUnit.SECONDS);
        raw.subscribeWith().topicFilter("replay/replies").qos(MqttQos.AT_LEAST_ONCE)
                .callback(m -> replies.add(json.read(m.getPayloadAsBytes(), CommandReply.class))).send()
                .get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 2; i++) {
            raw.publish(Mqtt5Publish.builder().topic(FleetTopics.of(PLACE, FleetTopics.COMMANDS)).qos(MqttQos.AT_LEAST_ONCE)
                    .payload(signed.getBytes(StandardCharsets.US_ASCII)).responseTopic("replay/replies")
                    .correlationData(new byte[] {1}).build()).get(10, TimeUnit.SECONDS);
        }
        Eventually.until("two answers", WITHIN, () -> replies.size() == 2);
        assertThat(replies).extracting(CommandReply::outcome).containsExactly("DONE", "REFUSED");
        assertThat(replies.get(1).detail()).contains("replay");
        raw.disconnect().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aKioskPaperRunningOutShowsAtTheOperatorWithinTwoSeconds() throws Exception {
        Eventually.until("a status", WITHIN, () -> watch.kiosk("kiosk-3").flatMap(KioskRecord::status).isPresent());
        long raised = System.nanoTime();
        kiosk.fail("receipt-printer", "PAPER_OUT");
        Eventually.until("paper out at the operator", WITHIN, () -> watch.kiosk("kiosk-3").map(KioskRecord::alerts)
                .orElse(List.of()).stream().anyMatch(a -> a.contains("PAPER_OUT")));
        assertThat(Duration.ofNanos(System.nanoTime() - raised)).isLessThan(Duration.ofSeconds(2));
        Eventually.until("the fault event", WITHIN, () -> watch.kiosk("kiosk-3").map(KioskRecord::events)
                .orElse(List.of()).stream().anyMatch(e -> e.kind() == KioskEvent.Kind.DEVICE_FAULT));
    }
}
