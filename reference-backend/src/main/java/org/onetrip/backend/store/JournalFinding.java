package org.onetrip.backend.store;

import java.time.Instant;

/** Something found wrong with a kiosk's audit journal: when, what (a state other than CONSISTENT), in words. */
public record JournalFinding(Instant foundAt, String state, String detail) {
}
