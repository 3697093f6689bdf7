package org.onetrip.backend.store;

import java.time.Instant;

/**
 * A kiosk's latest report of its audit journal, and what the backend found in it.
 *
 * @param problem  how the kiosk's own check found it broken; null when intact
 * @param brokenAt the first broken entry; null when intact
 * @param state    what the backend found: CONSISTENT, BEHIND_ANCHOR, REWRITTEN or BROKEN_ON_KIOSK
 */
public record JournalReportRecord(long sequence, String hash, boolean intact, String problem, Long brokenAt,
        String state, Instant receivedAt) {
}
