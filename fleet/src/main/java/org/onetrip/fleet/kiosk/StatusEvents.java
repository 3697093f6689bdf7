package org.onetrip.fleet.kiosk;

import java.util.HashSet;
import java.util.Set;

import org.onetrip.fleet.KioskEvent;
import org.onetrip.fleet.KioskStatus;
import org.onetrip.fleet.TelemetryPublisher;

/**
 * Raises fleet events from how the status changed between two looks: a supply running low
 * (paper near its end keeps a printer usable, so no fault is journalled for it) and filings
 * newly set aside.
 */
final class StatusEvents {

    private final TelemetryPublisher telemetry;
    private Set<String> supplies = Set.of();
    private int setAside = -1;

    StatusEvents(TelemetryPublisher telemetry) {
        this.telemetry = telemetry;
    }

    synchronized void compare(KioskStatus now) {
        for (String supply : now.supplies()) {
            if (!supplies.contains(supply)) {
                int colon = supply.indexOf(':');
                telemetry.raise(KioskEvent.Kind.SUPPLY_LOW, supply.substring(0, colon), supply.substring(colon + 1).strip());
            }
        }
        supplies = new HashSet<>(now.supplies());
        if (setAside >= 0 && now.setAside() > setAside) {
            telemetry.raise(KioskEvent.Kind.SET_ASIDE, "outbox", (now.setAside() - setAside)
                    + " filing(s) set aside for failing; " + now.setAside() + " in all");
        }
        setAside = now.setAside();
    }
}
