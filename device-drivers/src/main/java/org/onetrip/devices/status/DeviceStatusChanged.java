package org.onetrip.devices.status;

/**
 * A device changed its status.
 *
 * @param device   a technician-facing device name, for example {@code idcard}
 * @param previous the status before
 * @param current  the status now
 */
public record DeviceStatusChanged(String device, DeviceStatus previous, DeviceStatus current) {
}
