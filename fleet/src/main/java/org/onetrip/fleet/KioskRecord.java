package org.onetrip.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator's side knows of one kiosk, from its retained presence and status and the
 * events seen since watching began.
 *
 * @param place    region, hall, kiosk
 * @param online   whether its last presence said online
 * @param version  its software's version, from its presence
 * @param status   its last status, if one came
 * @param lastSeen when its last message arrived
 * @param events   its latest events, newest last (at most {@link #KEPT_EVENTS})
 */
public record KioskRecord(KioskPlace place, boolean online, String version, Optional<KioskStatus> status,
        Instant lastSeen, List<KioskEvent> events) {

    public static final int KEPT_EVENTS = 20;

    public KioskRecord {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastSeen, "lastSeen");
        events = List.copyOf(events);
    }

    static KioskRecord first(KioskPlace place, Instant at) {
        return new KioskRecord(place, false, "", Optional.empty(), at, List.of());
    }

    KioskRecord with(Presence presence, Instant at) {
        return new KioskRecord(place, presence.online(), presence.version(), status, at, events);
    }

    KioskRecord with(KioskStatus newer, Instant at) {
        return new KioskRecord(place, online, version, Optional.of(newer), at, events);
    }

    KioskRecord with(KioskEvent event, Instant at) {
        List<KioskEvent> kept = new ArrayList<>(events);
        kept.add(event);
        while (kept.size() > KEPT_EVENTS) {
            kept.remove(0);
        }
        return new KioskRecord(place, online, version, status, at, kept);
    }

    public String kiosk() {
        return place.kiosk();
    }

    /** IN_SERVICE, OUT_OF_SERVICE, or UNKNOWN before a status came. */
    public String state() {
        return status.map(KioskStatus::state).orElse("UNKNOWN");
    }

    /** What to look at: the status's alerts, and being offline. */
    public List<String> alerts() {
        List<String> alerts = new ArrayList<>();
        if (!online) {
            alerts.add("offline");
        }
        status.ifPresent(s -> alerts.addAll(s.alerts()));
        return alerts;
    }
}
