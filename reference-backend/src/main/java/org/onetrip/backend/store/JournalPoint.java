package org.onetrip.backend.store;

import java.time.Instant;

/**
 * One head of a kiosk's audit journal as the backend holds it.
 *
 * @param sequence the entry's number
 * @param hash     the entry's seal, hex
 * @param since    when the backend was first told it
 */
public record JournalPoint(long sequence, String hash, Instant since) {
}
