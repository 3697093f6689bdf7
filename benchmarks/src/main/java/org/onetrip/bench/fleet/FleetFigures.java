package org.onetrip.bench.fleet;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.fleet.BrokerClients;
import org.onetrip.fleet.BrokerLogin;
import org.onetrip.fleet.EventSpool;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.FleetOperator;
import org.onetrip.fleet.FleetRollout;
import org.onetrip.fleet.FleetWatch;
import org.onetrip.fleet.KioskPlace;
import org.onetrip.fleet.KioskRecord;
import org.onetrip.fleet.LocalBroker;
import org.onetrip.fleet.OperatorKey;
import org.onetrip.fleet.TelemetryPublisher;
import org.onetrip.fleet.TelemetrySettings;
import org.onetrip.fleet.sim.FleetSimulation;
import org.onetrip.fleet.sim.SimulatedKiosk;

/**
 * `./onetrip bench --only fleet`: the fleet over one Mosquitto on loopback, with 1,000 and 5,000
 * simulated kiosks in this process (each its own MQTT connection): time until the console's view
 * lists all of them (as they connect, and for a console opened later, from retained messages),
 * a printer's paper running out at one kiosk until the console shows it (median and p99), a
 * rollout to all with one canary stage; and the telemetry's cost in one kiosk (CPU share of one
 * core and heap).
 */
public final class FleetFigures implements Benchmark {

    private static final int[] FLEETS = {1000, 5000};
    private static final int ALERTS = 200;
    private static final Duration WITHIN = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String description() {
        return "The fleet over one Mosquitto on loopback with 1,000 and 5,000 simulated kiosks in one process: time"
                + " until the console's view lists all, an alert (paper out) to the console (median, p99 of " + ALERTS
                + "), a rollout to all with one canary stage; telemetry's CPU share and heap in one kiosk.";
    }

    @Override
    public List<Figure> run() throws Exception {
        if (!LocalBroker.installed()) {
            throw new IllegalStateException("mosquitto is not installed (./onetrip test installs it)");
        }
        List<Figure> figures = new ArrayList<>(oneKiosk());
        for (int kiosks : FLEETS) {
            figures.addAll(fleet(kiosks));
        }
        return figures;
    }

    /** One kiosk's telemetry for 60 s: the process's CPU time over that time, and the heap it holds. */
    private List<Figure> oneKiosk() throws Exception {
        Path dir = Files.createTempDirectory("onetrip-bench-fleet-");
        FleetJson json = new FleetJson();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"))) {
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            KioskPlace place = new KioskPlace("bench", "hall-01", "BENCH-0001");
            SimulatedKiosk kiosk = new SimulatedKiosk(place, Clock.systemUTC(), "bench");
            TelemetryPublisher telemetry = new TelemetryPublisher(place,
                    new BrokerClients(broker.address(), new BrokerLogin.Anonymous()), kiosk::status,
                    new EventSpool(dir.resolve("events"), 1000, json), executor, Clock.systemUTC(),
                    TelemetrySettings.kiosk("bench"), json);
            kiosk.attach(telemetry);
            telemetry.start();
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!telemetry.connected() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Random random = new Random(3);
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            // a busy kiosk: its day moves on every 5 s (sessions, now and then a device fault)
            for (int i = 0; i < 12; i++) {
                kiosk.step(random, 0.05);
                Thread.sleep(5000);
            }
            double cpuShare = 100.0 * (os.getProcessCpuTime() - cpuStart) / (System.nanoTime() - wallStart);
            System.gc();
            long heapHeld = memory.getHeapMemoryUsage().getUsed() - heapBefore;
            telemetry.close();
            executor.shutdownNow();
            return List.of(
                    new Figure("one kiosk: telemetry CPU share", cpuShare, "% of one core",
                            "60 s, status checked every second, a step of the kiosk's day every 5 s; the whole"
                                    + " benchmark process, so an upper bound (goal under 1 %)"),
                    new Figure("one kiosk: telemetry heap", heapHeld / (1024.0 * 1024.0), "MB",
                            "heap held after a full collection, with the MQTT client, spool and publisher (goal under 20 MB)"));
        }
    }

    private List<Figure> fleet(int kiosks) throws Exception {
        Path dir = Files.createTempDirectory("onetrip-bench-fleet-" + kiosks + "-");
        FleetJson json = new FleetJson();
        OperatorKey key = OperatorKey.generate(json);
        List<Figure> figures = new ArrayList<>();
        try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"))) {
            BrokerClients clients = new BrokerClients(broker.address(), new BrokerLogin.Anonymous());
            try (FleetWatch console = new FleetWatch(clients, Optional.empty(), Clock.systemUTC(), json)
                    .startAndWait(Duration.ofSeconds(15));
                    FleetSimulation fleet = new FleetSimulation(clients, key.publicKey(), dir.resolve("spools"),
                            new FleetSimulation.Settings(kiosks, "bench", Duration.ZERO, 0, 1, Duration.ofMinutes(1)),
                            Clock.systemUTC())) {
                long start = System.nanoTime();
                fleet.start();
                awaitAllListed(console, kiosks);
                figures.add(new Figure(kiosks + " kiosks: all listed as they connect",
                        (System.nanoTime() - start) / 1e9, "s", "from starting every kiosk's connection until the console's"
                                + " view has each online with a status"));

                long later = System.nanoTime();
                try (FleetWatch opened = new FleetWatch(clients, Optional.empty(), Clock.systemUTC(), json)
                        .startAndWait(Duration.ofSeconds(15))) {
                    awaitAllListed(opened, kiosks);
                    figures.add(new Figure(kiosks + " kiosks: a console opened later lists all",
                            (System.nanoTime() - later) / 1e9, "s", "from the retained presence and status messages"));
                }

                figures.addAll(alerts(kiosks, fleet, console));

                try (FleetOperator operator = new FleetOperator(clients, key, Clock.systemUTC(), json)
                        .startAndWait(Duration.ofSeconds(15))) {
                    List<KioskPlace> places = fleet.kiosks().stream().map(SimulatedKiosk::place).toList();
                    long rollout = System.nanoTime();
                    FleetRollout.Outcome outcome = new FleetRollout(operator, Duration.ofSeconds(60), line -> { })
                            .run(places, new FleetRollout.Plan("bench-2", Math.max(1, kiosks / 100), 100, 10));
                    figures.add(new Figure(kiosks + " kiosks: rollout to all, one canary stage",
                            (System.nanoTime() - rollout) / 1e9, "s", kiosks / 100 + " canaries then the rest, every"
                                    + " acknowledgement awaited; " + outcome));
                }
            }
        }
        return figures;
    }

    private List<Figure> alerts(int kiosks, FleetSimulation fleet, FleetWatch console) throws Exception {
        AtomicReference<String> waitingFor = new AtomicReference<>("");
        AtomicReference<CountDownLatch> seen = new AtomicReference<>(new CountDownLatch(1));
        console.onChange(record -> {
            if (record.kiosk().equals(waitingFor.get()) && record.alerts().stream().anyMatch(a -> a.contains("PAPER_OUT"))) {
                seen.get().countDown();
            }
        });
        Random random = new Random(7);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            SimulatedKiosk kiosk = fleet.kiosks().get(random.nextInt(kiosks));
            CountDownLatch latch = new CountDownLatch(1);
            seen.set(latch);
            waitingFor.set(kiosk.place().kiosk());
            long start = System.nanoTime();
            kiosk.fail("receipt-printer", "PAPER_OUT");
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the paper alert of " + kiosk.place().kiosk() + " never reached the console");
            }
            latencies.add(System.nanoTime() - start);
            waitingFor.set("");
            kiosk.recover("receipt-printer");
        }
        Collections.sort(latencies);
        return List.of(
                new Figure(kiosks + " kiosks: alert to console, median", latencies.get(ALERTS / 2) / 1e6, "ms",
                        ALERTS + " paper-out alerts at random kiosks, each until the console's view shows it (goal under 2 s)"),
                new Figure(kiosks + " kiosks: alert to console, p99", latencies.get((int) Math.ceil(ALERTS * 0.99) - 1) / 1e6,
                        "ms", ALERTS + " alerts"));
    }

    private static void awaitAllListed(FleetWatch console, int kiosks) throws InterruptedException {
        long until = System.nanoTime() + WITHIN.toNanos();
        while (console.kiosks().stream().filter(k -> k.online() && k.status().isPresent()).count() < kiosks) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the console listed only " + console.kiosks().stream()
                        .filter(KioskRecord::online).count() + " of " + kiosks + " kiosks within " + WITHIN.toMinutes() + " min");
            }
            Thread.sleep(20);
        }
    }
}
