package org.onetrip.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk's telemetry: connects out to the broker (it needs no inbound port), leaves a last will
 * that marks it offline, publishes a retained birth on every (re)connection, its status on every
 * change and every minute (retained), and its events at QoS 1 from an {@link EventSpool} that
 * keeps them while the broker cannot be reached. All work runs on the given executor and never
 * waits on the broker there; {@link #close()} waits at most two seconds for the goodbye.
 */
public final class TelemetryPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelemetryPublisher.class);
    private static final int EVENTS_AT_ONCE = 50;

    private final KioskPlace place;
    private final StatusSource status;
    private final EventSpool spool;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final TelemetrySettings settings;
    private final FleetJson json;
    private final Mqtt5AsyncClient client;
    private final String connectedAt;
    private KioskStatus lastSent;
    private long lastSentAt;
    private boolean draining;
    private boolean closed;
    private ScheduledFuture<?> ticks;
    private final List<Runnable> onConnect = new java.util.concurrent.CopyOnWriteArrayList<>();

    public TelemetryPublisher(KioskPlace place, BrokerClients brokers, StatusSource status, EventSpool spool,
            ScheduledExecutorService executor, Clock clock, TelemetrySettings settings, FleetJson json) {
        this.place = Objects.requireNonNull(place, "place");
        this.status = Objects.requireNonNull(status, "status");
        this.spool = Objects.requireNonNull(spool, "spool");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.json = Objects.requireNonNull(json, "json");
        this.connectedAt = clock.instant().toString();
        Mqtt5Publish will = BrokerClients.message(FleetTopics.of(place, FleetTopics.PRESENCE),
                json.write(new Presence(place.kiosk(), false, settings.version(), connectedAt)), true, b -> { });
        this.client = brokers.client(clientId(place), Optional.of(will), () -> executor.execute(this::onConnected));
    }

    /** The client identifier of a kiosk: unique in the fleet, as its topic path is. */
    public static String clientId(KioskPlace place) {
        return "kiosk/" + place;
    }

    /** The MQTT client, shared with the kiosk's command desk so the kiosk holds one connection. */
    public Mqtt5AsyncClient client() {
        return client;
    }

    public KioskPlace place() {
        return place;
    }

    /** Connects (and keeps reconnecting) and starts the periodic status; returns at once. */
    public synchronized CompletableFuture<?> start() {
        long tick = settings.checkEvery().isZero() ? settings.statusEvery().toMillis() : settings.checkEvery().toMillis();
        ticks = executor.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        return client.connectWith().cleanStart(true).keepAlive(30).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        log.warn("fleet broker {} not reached yet, trying again: {}", place, error.toString());
                    }
                });
    }

    /** Runs {@code task} on every (re)connection, and now when connected; on the telemetry's executor. */
    public void onConnect(Runnable task) {
        onConnect.add(task);
        if (connected()) {
            executor.execute(task);
        }
    }

    /** Says the status may have changed: it is sent when it did. */
    public void changed() {
        executor.execute(() -> {
            try {
                sendStatus(false);
            } catch (RuntimeException e) {
                log.warn("fleet status not taken: {}", e.toString());
            }
        });
    }

    /** Raises an event: kept on disk, sent when the broker is reached. */
    public void raise(KioskEvent.Kind kind, String subject, String detail) {
        KioskEvent event = new KioskEvent(place.kiosk(), 0, kind, subject, detail, clock.instant().toString());
        executor.execute(() -> {
            spool.add(event);
            drain();
        });
    }

    /** Events still waiting for the broker. */
    public int waitingEvents() {
        return spool.size();
    }

    public boolean connected() {
        return client.getState().isConnected();
    }

    private void onConnected() {
        log.info("fleet broker reached as {}", place);
        publish(FleetTopics.PRESENCE, new Presence(place.kiosk(), true, settings.version(),
                clock.instant().toString()), true);
        onConnect.forEach(Runnable::run);
        sendStatus(true);
        synchronized (this) {
            draining = false;
        }
        drain();
    }

    private void tick() {
        try {
            boolean due = clock.millis() - lastSentAt() >= settings.statusEvery().toMillis();
            sendStatus(due);
        } catch (RuntimeException e) {
            log.warn("fleet status not taken: {}", e.toString());
        }
    }

    private synchronized long lastSentAt() {
        return lastSentAt;
    }

    private void sendStatus(boolean always) {
        if (!connected()) {
            return;
        }
        KioskStatus now = status.current();
        synchronized (this) {
            if (closed || (!always && lastSent != null && lastSent.at("").equals(now.at("")))) {
                return;
            }
            lastSent = now;
            lastSentAt = clock.millis();
        }
        publish(FleetTopics.STATUS, now, true);
    }

    private CompletableFuture<?> publish(String leaf, Object message, boolean retain) {
        return client.publish(BrokerClients.message(FleetTopics.of(place, leaf), json.write(message), retain, b -> { }))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        log.debug("fleet {} not published: {}", leaf, error.toString());
                    }
                });
    }

    /** Sends waiting events, a batch at a time; each leaves the disk once the broker acknowledged it. */
    private void drain() {
        List<KioskEvent> batch;
        synchronized (this) {
            if (draining || closed || !connected()) {
                return;
            }
            batch = spool.oldest(EVENTS_AT_ONCE);
            long dropped = spool.takeDropped();
            if (dropped > 0) {
                batch = new java.util.ArrayList<>(batch);
                batch.add(0, new KioskEvent(place.kiosk(), 0, KioskEvent.Kind.EVENTS_DROPPED, "fleet",
                        dropped + " event(s) dropped while the broker could not be reached", clock.instant().toString()));
            }
            if (batch.isEmpty()) {
                return;
            }
            draining = true;
        }
        CompletableFuture<?>[] sends = batch.stream().map(event -> publish(FleetTopics.EVENTS, event, false)
                .thenRun(() -> {
                    if (event.sequence() > 0) {
                        spool.sent(event.sequence());
                    }
                })).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(sends).orTimeout(30, TimeUnit.SECONDS).whenComplete((done, error) -> {
            synchronized (this) {
                draining = false;
            }
            if (error == null) {
                executor.execute(this::drain);
            }
        });
    }

    /** Says goodbye (offline, retained) and disconnects; waits at most two seconds. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (ticks != null) {
                ticks.cancel(false);
            }
        }
        try {
            if (connected()) {
                publish(FleetTopics.PRESENCE, new Presence(place.kiosk(), false, settings.version(),
                        clock.instant().toString()), true).get(2, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.debug("fleet goodbye not acknowledged: {}", e.toString());
        }
        try {
            client.disconnect().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("fleet disconnect: {}", e.toString());
        }
    }

    /** For the figures: how long a check of the status takes is the telemetry's own cost. */
    Duration statusEvery() {
        return settings.statusEvery();
    }
}
