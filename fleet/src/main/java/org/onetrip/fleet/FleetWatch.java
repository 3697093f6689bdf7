package org.onetrip.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's view of the fleet: subscribes to every kiosk's presence, status and events
 * (retained presence and status arrive at once, so the whole fleet is known on subscribing)
 * and keeps one {@link KioskRecord} per kiosk, updated live.
 */
public final class FleetWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FleetWatch.class);

    private final Mqtt5AsyncClient client;
    private final Optional<String> region;
    private final Clock clock;
    private final FleetJson json;
    private final Map<String, KioskRecord> kiosks = new ConcurrentHashMap<>();
    private final List<Consumer<KioskRecord>> listeners = new CopyOnWriteArrayList<>();
    private volatile long lastMessageNanos = System.nanoTime();

    public FleetWatch(BrokerClients brokers, Optional<String> region, Clock clock, FleetJson json) {
        this.region = region;
        this.clock = clock;
        this.json = json;
        this.client = brokers.client("operator-watch-" + UUID.randomUUID(), Optional.empty(), () -> { });
    }

    /** Connects and subscribes; completes when the broker granted the subscriptions. */
    public CompletableFuture<?> start() {
        return client.connectWith().cleanStart(true).keepAlive(30).send()
                .thenCompose(ack -> client.subscribeWith()
                        .addSubscription().topicFilter(FleetTopics.everyKiosk(FleetTopics.PRESENCE, region))
                        .qos(MqttQos.AT_LEAST_ONCE).applySubscription()
                        .addSubscription().topicFilter(FleetTopics.everyKiosk(FleetTopics.STATUS, region))
                        .qos(MqttQos.AT_LEAST_ONCE).applySubscription()
                        .addSubscription().topicFilter(FleetTopics.everyKiosk(FleetTopics.EVENTS, region))
                        .qos(MqttQos.AT_LEAST_ONCE).applySubscription()
                        .callback(this::received)
                        .send())
                .thenRun(() -> lastMessageNanos = System.nanoTime());
    }

    /** Connects and waits (at most {@code within}) for the subscriptions. */
    public FleetWatch startAndWait(Duration within) throws Exception {
        start().get(within.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Waits until no message came for {@code quiet} (the retained ones have arrived), at most
     * {@code within}.
     */
    public void awaitQuiet(Duration quiet, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until && System.nanoTime() - lastMessageNanos < quiet.toNanos()) {
            Thread.sleep(Math.max(10, quiet.toMillis() / 10));
        }
    }

    /** Told of each kiosk whose record changed, on the client's thread; it must not block. */
    public void onChange(Consumer<KioskRecord> listener) {
        listeners.add(listener);
    }

    /** Every kiosk seen, by region, hall and id. */
    public List<KioskRecord> kiosks() {
        return kiosks.values().stream().sorted(Comparator.comparing((KioskRecord k) -> k.place().region())
                .thenComparing(k -> k.place().hall()).thenComparing(KioskRecord::kiosk)).toList();
    }

    public Optional<KioskRecord> kiosk(String id) {
        return Optional.ofNullable(kiosks.get(id));
    }

    private void received(Mqtt5Publish message) {
        lastMessageNanos = System.nanoTime();
        Optional<FleetTopics.Addressed> addressed = FleetTopics.parse(message.getTopic().toString());
        if (addressed.isEmpty()) {
            return;
        }
        KioskPlace place = addressed.get().place();
        Instant now = clock.instant();
        try {
            byte[] payload = message.getPayloadAsBytes();
            KioskRecord updated = kiosks.compute(place.kiosk(), (id, known) -> {
                KioskRecord record = known == null ? KioskRecord.first(place, now) : known;
                return switch (addressed.get().leaf()) {
                    case FleetTopics.PRESENCE -> record.with(json.read(payload, Presence.class), now);
                    case FleetTopics.STATUS -> record.with(json.read(payload, KioskStatus.class), now);
                    case FleetTopics.EVENTS -> record.with(json.read(payload, KioskEvent.class), now);
                    default -> record;
                };
            });
            listeners.forEach(listener -> listener.accept(updated));
        } catch (RuntimeException e) {
            log.warn("a message on {} was not understood: {}", message.getTopic(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            client.disconnect().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("fleet watch disconnect: {}", e.toString());
        }
    }
}
