package org.onetrip.kiosk.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusChanged;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.Scheduler;

/**
 * Watches every configured device and publishes what the kiosk offers now.
 *
 * <p>Each device's status events recompute the {@link Offer} by {@link AvailabilityRules}; a
 * change is published at once and logged once. Drivers reconnect by themselves; the supervisor
 * probes each device (a status request or self-test) so that a device that came back is seen
 * even when nobody uses it: every {@link SupervisionSettings#healthyProbe()} while usable, and
 * with growing back-off while not. Paper-outs, jams and errors are counted in the
 * {@link CounterStore}, and the drivers' counts are written there periodically.
 *
 * <p>Thread-safe. Status events arrive on device threads, probes and counter writes on the
 * scheduler's thread, technician actions on the screen's; listeners of {@link #offer()} are
 * called on whichever thread made the change and must only hand it off.
 */
public final class DeviceSupervisor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeviceSupervisor.class);

    private final List<SupervisedDevice> devices;
    private final SupervisionSettings settings;
    private final CounterStore counters;
    private final Scheduler scheduler;
    private final Map<String, DeviceStatus> statuses = new LinkedHashMap<>();
    private final Value<Offer> offer;
    private final Map<String, ScheduledTask> probes = new LinkedHashMap<>();
    private ScheduledTask counterTask;
    private ServiceMode mode = ServiceMode.NORMAL;
    private boolean lockedOut;
    private boolean started;
    private boolean closed;

    /**
     * @param devices   every configured device, at most one per role, names unique
     * @param counters  where counts are persisted
     * @param scheduler runs the probes and counter writes
     */
    public DeviceSupervisor(List<SupervisedDevice> devices, SupervisionSettings settings, CounterStore counters,
            Scheduler scheduler) {
        this.devices = List.copyOf(devices);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        Set<String> names = new HashSet<>();
        Set<DeviceRole> roles = new HashSet<>();
        for (SupervisedDevice device : this.devices) {
            if (!names.add(device.name())) {
                throw new IllegalArgumentException("two devices are named " + device.name());
            }
            if (!roles.add(device.role())) {
                throw new IllegalArgumentException("two devices fill the role " + device.role().configName());
            }
            statuses.put(device.name(), device.status().get());
        }
        this.offer = new Value<>(computeOffer());
    }

    /** Starts listening and probing; logs the first offer. Call once. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the supervisor is already started");
        }
        started = true;
        for (SupervisedDevice device : devices) {
            device.listen().accept(event -> statusChanged(device, event));
            statuses.put(device.name(), device.status().get());
            // a driver reports OFFLINE until it first talked to its device: look at once
            scheduleProbe(device, Duration.ZERO, 0);
        }
        offer.set(computeOffer());
        log.info("kiosk offer at start: {}", describe(offer.get()));
        scheduleCounterSync();
    }

    /** What the kiosk offers now; follows every change. */
    public ReadOnlyValue<Offer> offer() {
        return offer;
    }

    /**
     * Keeps the shell's availability in line with the offer, now and on each change: a kiosk
     * without a card reader, or taken out by a technician, shows the out-of-service screen.
     */
    public Subscription drive(KioskShell shell) {
        Objects.requireNonNull(shell, "shell");
        Subscription subscription = offer.subscribe(now -> shell.changeAvailability(now.availability()));
        shell.changeAvailability(offer.get().availability());
        return subscription;
    }

    /** A technician takes the kiosk out of service; it stays out until {@link #returnToService()}. */
    public synchronized void takeOutOfService() {
        mode = ServiceMode.TAKEN_OUT;
        publish();
    }

    /** Back in service, as far as the devices allow. */
    public synchronized void returnToService() {
        mode = ServiceMode.NORMAL;
        publish();
    }

    /**
     * Too many wrong technician PINs take the kiosk out of service ({@code true}) until a
     * technician card or a remote unlock lifts the lockout ({@code false}); a technician's own
     * {@link #takeOutOfService()} outlasts it.
     */
    public synchronized void lockOut(boolean locked) {
        lockedOut = locked;
        publish();
    }

    /** Follows a lockout, now and on each change ({@code PinCheck#outOfService()}); see {@link #lockOut}. */
    public Subscription followLockout(ReadOnlyValue<Boolean> lockedOut) {
        Subscription subscription = lockedOut.subscribe(this::lockOut);
        lockOut(lockedOut.get());
        return subscription;
    }

    /** The mode the offer follows: {@link ServiceMode#LOCKED_OUT} while a lockout lasts. */
    public synchronized ServiceMode mode() {
        return lockedOut ? ServiceMode.LOCKED_OUT : mode;
    }

    /** The devices supervised, in the order given. */
    public List<SupervisedDevice> supervised() {
        return devices;
    }

    /** Every device now: status, counts since the driver started, persisted totals. */
    public List<DeviceView> devices() {
        Map<String, Long> all = counters.all();
        List<DeviceView> views = new ArrayList<>();
        for (SupervisedDevice device : devices) {
            Map<String, Long> total = new LinkedHashMap<>();
            all.forEach((name, value) -> {
                if (name.startsWith(device.name() + ".")) {
                    total.put(name.substring(device.name().length() + 1), value);
                }
            });
            views.add(new DeviceView(device.name(), device.role(), device.status().get(), device.counters().get(), total));
        }
        return views;
    }

    /** Writes the drivers' counts and the uptime now (also done periodically and on close). */
    public void syncCounters() {
        for (SupervisedDevice device : devices) {
            counters.absorb(device.name(), device.counters().get());
        }
        counters.recordUptime();
    }

    /** Stops probing and writes the counts once more. Does not close the devices. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            probes.values().forEach(ScheduledTask::cancel);
            probes.clear();
            if (counterTask != null) {
                counterTask.cancel();
            }
        }
        syncCounters();
    }

    // ---- events ------------------------------------------------------------------------

    private synchronized void statusChanged(SupervisedDevice device, DeviceStatusChanged event) {
        DeviceStatus before = statuses.getOrDefault(device.name(), event.previous());
        DeviceStatus now = event.current();
        statuses.put(device.name(), now);
        log.info("device {} is {}{}{}", device.name(), now.state(), now.reasons().isEmpty() ? "" : " " + now.reasons(),
                now.lastError().map(e -> ": " + e).orElse(""));
        countTransition(device, before, now);
        publish();
    }

    private void countTransition(SupervisedDevice device, DeviceStatus before, DeviceStatus now) {
        if (before.state().isUsable() && !now.state().isUsable()) {
            counters.recordError(device.name());
        }
        if (newly(DeviceReason.PAPER_OUT, before, now)) {
            counters.increment(device.name() + ".paperOuts");
        }
        if (newly(DeviceReason.MEDIA_JAM, before, now) || newly(DeviceReason.CUTTER_ERROR, before, now)) {
            counters.increment(device.name() + ".jams");
        }
    }

    private static boolean newly(DeviceReason reason, DeviceStatus before, DeviceStatus now) {
        return now.reasons().contains(reason) && !before.reasons().contains(reason);
    }

    private void publish() {
        Offer next = computeOffer();
        if (next.equals(offer.get())) {
            return;
        }
        Offer previous = offer.get();
        if (next.inService()) {
            log.info("kiosk offer changed: {} (was {})", describe(next), describe(previous));
        } else {
            log.warn("kiosk offer changed: {} (was {})", describe(next), describe(previous));
        }
        offer.set(next);
    }

    private Offer computeOffer() {
        Map<DeviceRole, DeviceStatus> byRole = new EnumMap<>(DeviceRole.class);
        for (SupervisedDevice device : devices) {
            byRole.put(device.role(), statuses.get(device.name()));
        }
        return AvailabilityRules.offer(byRole, lockedOut ? ServiceMode.LOCKED_OUT : mode);
    }

    private static String describe(Offer o) {
        String head = o.inService() ? "in service " + o.services() : "out of service " + o.availability();
        return o.limits().isEmpty() ? head : head + ", limited by " + String.join("; ", o.limits());
    }

    // ---- probes ------------------------------------------------------------------------

    private synchronized void scheduleProbe(SupervisedDevice device, Duration delay, int failedAttempts) {
        if (closed) {
            return;
        }
        probes.put(device.name(), scheduler.schedule(delay, () -> probe(device, failedAttempts, delay)));
    }

    private void probe(SupervisedDevice device, int failedAttempts, Duration lastDelay) {
        boolean usable = device.status().get().state().isUsable();
        try {
            device.probe().get().exceptionally(e -> {
                log.debug("probe of {} failed: {}", device.name(), e.toString());
                return null;
            });
        } catch (RuntimeException e) {
            // a closed driver refuses work; the device stays as its status says
            log.debug("probe of {} refused: {}", device.name(), e.toString());
        }
        if (usable) {
            scheduleProbe(device, settings.healthyProbe(), 0);
        } else {
            int attempt = failedAttempts + 1;
            scheduleProbe(device, settings.failedProbe().nextDelay(attempt, lastDelay), attempt);
        }
    }

    private synchronized void scheduleCounterSync() {
        if (closed) {
            return;
        }
        counterTask = scheduler.schedule(settings.counterSync(), () -> {
            try {
                syncCounters();
            } catch (KioskDatabaseException e) {
                log.error("counters not written this time: {}", e.getMessage());
            }
            scheduleCounterSync();
        });
    }
}
