package org.onetrip.fleet.sim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.onetrip.fleet.CommandOutcome;
import org.onetrip.fleet.DeviceReport;
import org.onetrip.fleet.KioskControls;
import org.onetrip.fleet.KioskEvent;
import org.onetrip.fleet.KioskPlace;
import org.onetrip.fleet.KioskStatus;
import org.onetrip.fleet.TelemetryPublisher;

/**
 * One simulated kiosk: its devices' states (which fail now and then and recover), its sessions
 * and its service state, behind the real telemetry and command code. What it follows of a
 * command changes the status it publishes, as a real kiosk's would.
 */
public final class SimulatedKiosk implements KioskControls {

    /** The devices of a hall's kiosk, and what each may suffer. */
    private static final Map<String, List<String>> FAULTS = Map.of(
            "id-card-reader", List.of("TIMEOUT", "SAM_FAULT"),
            "receipt-printer", List.of("PAPER_NEAR_END", "PAPER_OUT", "COVER_OPEN"),
            "certificate-printer", List.of("TONER_LOW", "MEDIA_JAM", "PAPER_OUT"),
            "scanner", List.of("MEDIA_JAM", "TIMEOUT"));

    private final KioskPlace place;
    private final Clock clock;
    private final String version;
    private final Map<String, DeviceReport> devices = new LinkedHashMap<>();
    private TelemetryPublisher telemetry;
    private boolean outOfService;
    private String outOfServiceReason = "";
    private boolean sessionActive;
    private int sessionsToday;
    private int outboxDepth;
    private String bundle = "";
    private String lastGoodBundle = "";
    private long journalSequence = 1;

    public SimulatedKiosk(KioskPlace place, Clock clock, String version) {
        this.place = place;
        this.clock = clock;
        this.version = version;
        for (String name : List.of("id-card-reader", "receipt-printer", "certificate-printer", "scanner")) {
            devices.put(name, new DeviceReport(name, name, "ONLINE", List.of()));
        }
    }

    /** The telemetry it tells of its changes and events. */
    public void attach(TelemetryPublisher publisher) {
        this.telemetry = publisher;
    }

    public KioskPlace place() {
        return place;
    }

    /** A step of its day: a session may start or end, a device may fail or recover. */
    public void step(Random random, double faultChance) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (sessionActive) {
                sessionActive = false;
                sessionsToday++;
                outboxDepth = Math.max(0, outboxDepth + (random.nextInt(3) - 1));
            } else if (!outOfService && random.nextDouble() < 0.3) {
                sessionActive = true;
            }
            for (DeviceReport device : List.copyOf(devices.values())) {
                if (device.reasons().isEmpty() && random.nextDouble() < faultChance) {
                    List<String> faults = FAULTS.get(device.name());
                    String reason = faults.get(random.nextInt(faults.size()));
                    after.add(() -> fail(device.name(), reason));
                } else if (!device.reasons().isEmpty() && random.nextDouble() < 0.2) {
                    after.add(() -> recover(device.name()));
                }
            }
        }
        after.forEach(Runnable::run);
        changed();
    }

    /** A device reports a fault or a supply running out (PAPER_NEAR_END keeps it usable). */
    public void fail(String device, String reason) {
        boolean supply = KioskStatus.SUPPLY_REASONS.contains(reason);
        String state = reason.equals("PAPER_NEAR_END") || reason.equals("TONER_LOW") ? "DEGRADED" : "OFFLINE";
        synchronized (this) {
            devices.put(device, new DeviceReport(device, device, state, List.of(reason)));
        }
        raise(supply && state.equals("DEGRADED") ? KioskEvent.Kind.SUPPLY_LOW : KioskEvent.Kind.DEVICE_FAULT, device,
                reason);
        changed();
    }

    public void recover(String device) {
        synchronized (this) {
            devices.put(device, new DeviceReport(device, device, "ONLINE", List.of()));
        }
        raise(KioskEvent.Kind.DEVICE_RECOVERED, device, "ONLINE");
        changed();
    }

    /** A citizen starts or ends a session (commands that would interrupt one are refused meanwhile). */
    public synchronized void sessionActive(boolean active) {
        if (sessionActive && !active) {
            sessionsToday++;
        }
        sessionActive = active;
    }

    public synchronized KioskStatus status() {
        List<DeviceReport> list = List.copyOf(devices.values());
        return new KioskStatus(place.kiosk(), outOfService ? "OUT_OF_SERVICE" : "IN_SERVICE", outOfServiceReason, list,
                KioskStatus.suppliesOf(list), outboxDepth, outboxDepth == 0 ? 0 : 120, 0, sessionsToday, sessionActive,
                version, "sim-config", "sim-catalog", bundle, journalSequence + ":sim", clock.instant().toString());
    }

    public synchronized String bundle() {
        return bundle;
    }

    @Override
    public CommandOutcome outOfService() {
        synchronized (this) {
            if (sessionActive) {
                return new CommandOutcome.Refused("a citizen's session is active");
            }
            outOfService = true;
            outOfServiceReason = "taken out of service by the fleet operator";
            journalSequence++;
        }
        raise(KioskEvent.Kind.OUT_OF_SERVICE, "kiosk", "fleet operator");
        return new CommandOutcome.Done("out of service");
    }

    @Override
    public CommandOutcome inService() {
        synchronized (this) {
            outOfService = false;
            outOfServiceReason = "";
            journalSequence++;
        }
        raise(KioskEvent.Kind.IN_SERVICE, "kiosk", "fleet operator");
        return new CommandOutcome.Done("in service");
    }

    @Override
    public synchronized CommandOutcome selfTest() {
        long failing = devices.values().stream().filter(d -> !d.usable()).count();
        return failing == 0 ? new CommandOutcome.Done("all " + devices.size() + " devices passed")
                : new CommandOutcome.Done(failing + " of " + devices.size() + " devices failed: " + devices.values().stream()
                        .filter(d -> !d.usable()).map(d -> d.name() + " " + d.reasons()).toList());
    }

    @Override
    public CommandOutcome sendLogs(String url) {
        return new CommandOutcome.Refused("a simulated kiosk keeps no logs to send");
    }

    /**
     * A simulated kiosk takes any version as a checked bundle, except one whose name says
     * {@code bad}: that one fails its configuration check, as a broken bundle would.
     */
    @Override
    public CommandOutcome applyBundle(String version) {
        synchronized (this) {
            if (sessionActive) {
                return new CommandOutcome.Refused("a citizen's session is active");
            }
            if (version.equals(org.onetrip.fleet.FleetRollout.LAST_GOOD)) {
                String back = lastGoodBundle;
                bundle = back;
                journalSequence++;
                return new CommandOutcome.Done("back on " + (back.isEmpty() ? "the configuration it started with" : back));
            }
            if (version.contains("bad")) {
                return new CommandOutcome.Failed("bundle " + version + " fails config check; keeps "
                        + (bundle.isEmpty() ? "the configuration it has" : bundle));
            }
            lastGoodBundle = bundle;
            bundle = version;
            journalSequence++;
        }
        raise(KioskEvent.Kind.BUNDLE_APPLIED, "bundle", version);
        return new CommandOutcome.Done("runs bundle " + version);
    }

    @Override
    public synchronized CommandOutcome restart() {
        if (sessionActive) {
            return new CommandOutcome.Refused("a citizen's session is active");
        }
        return new CommandOutcome.Done("restarted (simulated)");
    }

    synchronized String lastGoodBundle() {
        return lastGoodBundle;
    }

    private void raise(KioskEvent.Kind kind, String subject, String detail) {
        if (telemetry != null) {
            telemetry.raise(kind, subject, detail);
        }
    }

    private void changed() {
        if (telemetry != null) {
            telemetry.changed();
        }
    }
}
