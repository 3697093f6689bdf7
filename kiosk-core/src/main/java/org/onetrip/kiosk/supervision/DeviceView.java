package org.onetrip.kiosk.supervision;

import java.util.Map;
import java.util.Objects;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceStatus;

/**
 * One device as the maintenance screen and the health reports show it.
 *
 * @param name       technician-facing name
 * @param role       what it does
 * @param status     state, reasons, since when, last error
 * @param sinceStart the driver's counts since it started
 * @param total      the persisted totals over every run, without the device prefix
 */
public record DeviceView(String name, DeviceRole role, DeviceStatus status, Map<String, Long> sinceStart,
        Map<String, Long> total) {
    public DeviceView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        sinceStart = Map.copyOf(sinceStart);
        total = Map.copyOf(total);
    }
}
