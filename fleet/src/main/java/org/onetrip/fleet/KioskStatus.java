package org.onetrip.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a kiosk tells the fleet about itself, retained on its {@code status} topic. Counts,
 * states and hashes only: no personal data.
 *
 * @param kiosk          the kiosk's id
 * @param state          IN_SERVICE or OUT_OF_SERVICE
 * @param reason         why it is out of service (empty in service)
 * @param devices        each device's state and reasons
 * @param supplies       supply warnings, {@code device: REASON} (paper near end or out, toner, feeder)
 * @param outboxDepth    filings waiting to reach the backend
 * @param outboxOldestSeconds age of the oldest waiting filing, 0 when none
 * @param setAside       filings set aside for failing
 * @param sessionsToday  citizen sessions since local midnight
 * @param sessionActive  whether a citizen is at the kiosk now
 * @param version        the kiosk software's version
 * @param configHash     SHA-256 of the kiosk's configuration as loaded
 * @param catalogHash    SHA-256 of its service catalog
 * @param bundle         the configuration/catalog bundle version it runs
 * @param journalAnchor  the audit journal's head, {@code SEQUENCE:HASH}
 * @param at             when the status was taken, ISO-8601
 */
public record KioskStatus(String kiosk, String state, String reason, List<DeviceReport> devices, List<String> supplies,
        int outboxDepth, long outboxOldestSeconds, int setAside, int sessionsToday, boolean sessionActive,
        String version, String configHash, String catalogHash, String bundle, String journalAnchor, String at) {

    /** Reasons that are about what a device uses up, not a fault. */
    public static final List<String> SUPPLY_REASONS = List.of("PAPER_NEAR_END", "PAPER_OUT", "TONER_LOW", "TONER_OUT",
            "FEEDER_EMPTY", "OUTPUT_AREA_FULL");

    public KioskStatus {
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
        devices = List.copyOf(devices);
        supplies = List.copyOf(supplies);
    }

    public boolean inService() {
        return state.equals("IN_SERVICE");
    }

    /**
     * What an operator should look at: a device that cannot serve, a supply running out, the
     * kiosk out of service, filings set aside, or an outbox stuck for over an hour.
     */
    public List<String> alerts() {
        List<String> alerts = new ArrayList<>();
        if (!inService()) {
            alerts.add("out of service" + (reason.isEmpty() ? "" : ": " + reason));
        }
        for (DeviceReport device : devices) {
            if (!device.usable()) {
                alerts.add(device.name() + " " + device.state() + (device.reasons().isEmpty() ? ""
                        : " " + device.reasons()));
            }
        }
        for (String supply : supplies) {
            if (alerts.stream().noneMatch(a -> a.startsWith(supply.substring(0, supply.indexOf(':')) + " "))) {
                alerts.add(supply);
            }
        }
        if (setAside > 0) {
            alerts.add(setAside + " filing(s) set aside");
        }
        if (outboxOldestSeconds > 3600) {
            alerts.add("outbox: oldest filing waiting " + outboxOldestSeconds / 60 + " min");
        }
        return alerts;
    }

    /** The same status taken at another time: a status is only sent on change when this differs. */
    public KioskStatus at(String when) {
        return new KioskStatus(kiosk, state, reason, devices, supplies, outboxDepth, outboxOldestSeconds, setAside,
                sessionsToday, sessionActive, version, configHash, catalogHash, bundle, journalAnchor, when);
    }

    /** Supply warnings from the devices' reasons. */
    public static List<String> suppliesOf(List<DeviceReport> devices) {
        List<String> supplies = new ArrayList<>();
        for (DeviceReport device : devices) {
            for (String reason : device.reasons()) {
                if (SUPPLY_REASONS.contains(reason)) {
                    supplies.add(device.name() + ": " + reason);
                }
            }
        }
        return supplies;
    }
}
