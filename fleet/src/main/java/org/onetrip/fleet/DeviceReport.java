package org.onetrip.fleet;

import java.util.List;

/**
 * One device in a status message: never anything about a citizen.
 *
 * @param name    the technician-facing name (for example {@code receipt-printer})
 * @param role    what it does
 * @param state   ONLINE, OFFLINE, BUSY, DEGRADED, HARDWARE_ERROR or POWER_OFF
 * @param reasons why, sorted (for example {@code PAPER_NEAR_END})
 */
public record DeviceReport(String name, String role, String state, List<String> reasons) {
    public DeviceReport {
        reasons = List.copyOf(reasons);
    }

    /** Whether the device can serve citizens. */
    public boolean usable() {
        return state.equals("ONLINE") || state.equals("BUSY") || state.equals("DEGRADED");
    }
}
