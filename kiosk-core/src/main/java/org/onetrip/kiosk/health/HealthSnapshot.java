package org.onetrip.kiosk.health;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DeviceSupervisor;
import org.onetrip.kiosk.supervision.DeviceView;
import org.onetrip.kiosk.supervision.Offer;
import org.onetrip.kiosk.supervision.OfferedService;

/**
 * The kiosk's health at one moment: what the heartbeat sends and the metrics page shows.
 *
 * @param at       when it was taken
 * @param offer    what the kiosk offers
 * @param devices  every device with its status and persisted counts
 * @param counters the kiosk's own counters (those not of a device): starts, restarts, uptime, submissions
 */
public record HealthSnapshot(Instant at, Offer offer, List<DeviceView> devices, Map<String, Long> counters) {
    public HealthSnapshot {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(offer, "offer");
        devices = List.copyOf(devices);
        counters = Map.copyOf(counters);
    }

    /** Takes a snapshot now. */
    public static HealthSnapshot take(DeviceSupervisor supervisor, CounterStore store, Clock clock) {
        List<DeviceView> devices = supervisor.devices();
        Map<String, Long> kiosk = new TreeMap<>();
        store.all().forEach((name, value) -> {
            boolean ofDevice = devices.stream().anyMatch(d -> name.startsWith(d.name() + "."));
            if (!ofDevice) {
                kiosk.put(name, value);
            }
        });
        return new HealthSnapshot(clock.instant(), supervisor.offer().get(), devices, kiosk);
    }

    /** Whether a service is offered, for the metrics. */
    public Set<OfferedService> services() {
        return offer.services().isEmpty() ? EnumSet.noneOf(OfferedService.class) : EnumSet.copyOf(offer.services());
    }
}
