package org.onetrip.kiosk.supervision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.OutOfServiceReason;

/**
 * Which services the kiosk offers, from the state of its devices. A pure function: no clock,
 * no I/O, the same answer for the same input.
 *
 * <ul>
 * <li>No usable ID card reader: out of service ({@link OutOfServiceReason#DEVICE_FAULT}), since
 *     every journey starts with the card.</li>
 * <li>No usable receipt printer: no filing, because the printed receipt is the kiosk's promise
 *     that a filing was received.</li>
 * <li>No usable scanner: filing only of what needs nothing scanned now.</li>
 * <li>No usable certificate printer: no certificates.</li>
 * <li>Checking progress needs only the card reader.</li>
 * </ul>
 *
 * A device is usable in the states {@code ONLINE}, {@code BUSY} and {@code DEGRADED}; a role
 * the kiosk has no device for counts as unusable.
 */
public final class AvailabilityRules {

    private AvailabilityRules() {
    }

    /**
     * @param devices the current status of each configured device, by role; missing roles have no device
     * @param mode    whether a technician, or a lockout after wrong PINs, took the kiosk out of service
     */
    public static Offer offer(Map<DeviceRole, DeviceStatus> devices, ServiceMode mode) {
        List<String> limits = new ArrayList<>();
        for (DeviceRole role : DeviceRole.values()) {
            DeviceStatus status = devices.get(role);
            if (status == null) {
                limits.add(role.configName() + " not configured");
            } else if (!status.state().isUsable()) {
                limits.add(role.configName() + " " + status.state() + (status.reasons().isEmpty() ? "" : " " + status.reasons()));
            }
        }
        if (mode == ServiceMode.LOCKED_OUT) {
            return new Offer(Availability.outOfService(OutOfServiceReason.LOCKED_OUT), Set.of(), limits);
        }
        if (mode == ServiceMode.TAKEN_OUT) {
            return new Offer(Availability.outOfService(OutOfServiceReason.MAINTENANCE), Set.of(), limits);
        }
        if (!usable(devices, DeviceRole.ID_CARD_READER)) {
            return new Offer(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT), Set.of(), limits);
        }
        Set<OfferedService> services = EnumSet.of(OfferedService.CHECK_PROGRESS);
        if (usable(devices, DeviceRole.RECEIPT_PRINTER)) {
            services.add(usable(devices, DeviceRole.SCANNER) ? OfferedService.FILE_WITH_SCAN : OfferedService.FILE_WITHOUT_SCAN);
        }
        if (usable(devices, DeviceRole.CERTIFICATE_PRINTER)) {
            services.add(OfferedService.PRINT_CERTIFICATE);
        }
        return new Offer(Availability.IN_SERVICE, services, limits);
    }

    private static boolean usable(Map<DeviceRole, DeviceStatus> devices, DeviceRole role) {
        return Optional.ofNullable(devices.get(role)).map(s -> s.state().isUsable()).orElse(false);
    }
}
