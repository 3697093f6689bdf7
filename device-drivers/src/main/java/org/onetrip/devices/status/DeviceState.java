package org.onetrip.devices.status;

/**
 * The state of a device, common to every device kind. The values follow the device states
 * of CEN/XFS ({@code fwState}) and UnifiedPOS ({@code State}, {@code PowerState}), merged
 * into one set.
 */
public enum DeviceState {
    /** Ready to work. */
    ONLINE,
    /** Not reachable: the port is missing or the device does not answer. */
    OFFLINE,
    /** Working on a request; a new request waits. */
    BUSY,
    /** Works, but with a condition a technician should see soon (paper near end, toner low). */
    DEGRADED,
    /** The device reports a fault that needs a technician. */
    HARDWARE_ERROR,
    /** The device reports that it is switched off. */
    POWER_OFF;

    /** Whether citizens can be served by a device in this state. */
    public boolean isUsable() {
        return this == ONLINE || this == BUSY || this == DEGRADED;
    }
}
