package org.onetrip.fleet;

import java.util.Objects;

/**
 * Something that happened at a kiosk, sent once at QoS 1 on its {@code events} topic (kept on
 * disk while the broker cannot be reached). No personal data: a device's name and reason, a
 * filing's tracking number at most, never a citizen's name or number.
 *
 * @param kiosk    the kiosk's id
 * @param sequence the kiosk's own count of its events, so an operator sees gaps
 * @param kind     what happened (see {@link Kind})
 * @param subject  what it happened to, for example {@code receipt-printer}
 * @param detail   a short technician-facing line
 * @param at       when, ISO-8601
 */
public record KioskEvent(String kiosk, long sequence, Kind kind, String subject, String detail, String at) {

    /** The kinds of events a kiosk sends. */
    public enum Kind {
        DEVICE_FAULT, DEVICE_RECOVERED, SUPPLY_LOW, LOCKOUT, SET_ASIDE, MIS_ISSUE_REFUSED, OUT_OF_SERVICE, IN_SERVICE,
        COMMAND, BUNDLE_APPLIED, BUNDLE_REFUSED, EVENTS_DROPPED
    }

    public KioskEvent {
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(at, "at");
    }

    /** The same event with its place in the kiosk's sequence. */
    public KioskEvent numbered(long number) {
        return new KioskEvent(kiosk, number, kind, subject, detail, at);
    }
}
