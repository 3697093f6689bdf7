package org.onetrip.devices.status;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The current status of one device, updated by its driver and observed by others.
 * Listeners are told only when the state, the reasons or the error text change.
 */
public final class DeviceHealth {
    private final String device;
    private final Clock clock;
    private final List<DeviceStatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatus current;

    public DeviceHealth(String device, DeviceState initial, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.current = DeviceStatus.of(initial, clock.instant());
    }

    public DeviceStatus current() {
        return current;
    }

    public void addListener(DeviceStatusListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DeviceStatusListener listener) {
        listeners.remove(listener);
    }

    /** Records a healthy device with no reasons to report. */
    public void online() {
        update(DeviceState.ONLINE, Set.of(), Optional.empty());
    }

    /** Records a state with one reason and the error text technicians should see. */
    public void report(DeviceState state, DeviceReason reason, String error) {
        update(state, EnumSet.of(reason), Optional.of(error));
    }

    public synchronized void update(DeviceState state, Set<DeviceReason> reasons, Optional<String> error) {
        DeviceStatus previous = current;
        DeviceStatus next = new DeviceStatus(state, reasons, clock.instant(), error);
        if (next.sameConditionAs(previous)) {
            return;
        }
        current = next;
        DeviceStatusChanged event = new DeviceStatusChanged(device, previous, next);
        for (DeviceStatusListener listener : listeners) {
            listener.statusChanged(event);
        }
    }
}
