package org.onetrip.fleet.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.ECKey;
import org.onetrip.fleet.BrokerClients;
import org.onetrip.fleet.CommandDesk;
import org.onetrip.fleet.EventSpool;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.KioskPlace;
import org.onetrip.fleet.OrderCheck;
import org.onetrip.fleet.TelemetryPublisher;
import org.onetrip.fleet.TelemetrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many simulated kiosks in one process ({@code ./onetrip fleet simulate}): each has its own MQTT
 * connection, telemetry, event spool and command desk (the kiosk's own code), over simulated
 * devices that fail now and then. Kiosks stand 25 to a hall ({@code hall-01}, ...), ids
 * {@code sim-0001}, ...; they share two threads for telemetry and one for commands.
 */
public final class FleetSimulation implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FleetSimulation.class);
    public static final int KIOSKS_PER_HALL = 25;

    private final List<SimulatedKiosk> kiosks = new ArrayList<>();
    private final List<TelemetryPublisher> publishers = new ArrayList<>();
    private final ScheduledExecutorService telemetry;
    private final ExecutorService commands;
    private final Settings settings;

    /**
     * @param kiosks      how many
     * @param region      their region
     * @param stepEvery   how often each kiosk's day moves on (zero: never, for tests that drive it)
     * @param faultChance a device's chance to fail at a step
     * @param seed        for the faults
     */
    public record Settings(int kiosks, String region, Duration stepEvery, double faultChance, long seed,
            Duration statusEvery) {
        public Settings {
            if (kiosks < 1 || kiosks > 100_000) {
                throw new IllegalArgumentException("simulate 1 to 100000 kiosks, not " + kiosks);
            }
            if (!KioskPlace.isLevel(region)) {
                throw new IllegalArgumentException("the region '" + region + "' cannot name a topic level");
            }
        }
    }

    public FleetSimulation(BrokerClients brokers, ECKey operator, Path spools, Settings settings, Clock clock) {
        this.settings = settings;
        FleetJson json = new FleetJson();
        this.telemetry = Executors.newScheduledThreadPool(2, daemons("fleet-sim"));
        this.commands = Executors.newSingleThreadExecutor(daemons("fleet-sim-commands"));
        for (int i = 1; i <= settings.kiosks(); i++) {
            KioskPlace place = new KioskPlace(settings.region(),
                    String.format("hall-%02d", (i - 1) / KIOSKS_PER_HALL + 1), String.format("sim-%04d", i));
            SimulatedKiosk kiosk = new SimulatedKiosk(place, clock, "sim-1");
            TelemetryPublisher publisher = new TelemetryPublisher(place, brokers, kiosk::status,
                    new EventSpool(spools.resolve(place.kiosk()), 100, json), telemetry, clock,
                    new TelemetrySettings(settings.statusEvery(), Duration.ZERO, 100, "sim-1"), json);
            kiosk.attach(publisher);
            new CommandDesk(publisher, new OrderCheck(operator, place.kiosk(), json), operator.getKeyID(), kiosk,
                    (actor, detail) -> log.debug("{} journal: {} {}", place.kiosk(), actor, detail), commands, clock, json)
                    .start();
            kiosks.add(kiosk);
            publishers.add(publisher);
        }
    }

    /** Connects every kiosk, and starts their days. */
    public void start() {
        publishers.forEach(TelemetryPublisher::start);
        if (!settings.stepEvery().isZero()) {
            Random seeds = new Random(settings.seed());
            long every = settings.stepEvery().toMillis();
            for (SimulatedKiosk kiosk : kiosks) {
                Random random = new Random(seeds.nextLong());
                telemetry.scheduleAtFixedRate(() -> kiosk.step(random, settings.faultChance()),
                        random.nextInt((int) Math.max(1, every)), every, TimeUnit.MILLISECONDS);
            }
        }
    }

    public List<SimulatedKiosk> kiosks() {
        return List.copyOf(kiosks);
    }

    public Optional<SimulatedKiosk> kiosk(String id) {
        return kiosks.stream().filter(k -> k.place().kiosk().equals(id)).findFirst();
    }

    /** How many kiosks are connected now. */
    public long connected() {
        return publishers.stream().filter(TelemetryPublisher::connected).count();
    }

    @Override
    public void close() {
        publishers.parallelStream().forEach(TelemetryPublisher::close);
        telemetry.shutdownNow();
        commands.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
