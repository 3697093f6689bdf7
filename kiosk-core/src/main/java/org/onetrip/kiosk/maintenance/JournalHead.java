package org.onetrip.kiosk.maintenance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One point of the audit journal's chain: an entry's sequence number and its seal.
 *
 * @param sequence 0 before the first entry, then the entry's number
 * @param hash     the entry's seal, 64 lower-case hex digits; {@link AuditJournal#GENESIS} at sequence 0
 */
public record JournalHead(long sequence, String hash) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    /** Before the first entry. */
    public static final JournalHead START = new JournalHead(0, AuditJournal.GENESIS);

    public JournalHead {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be 0 or more, got " + sequence);
        }
        if (!HEX_64.matcher(hash).matches()) {
            throw new IllegalArgumentException("hash must be 64 lower-case hex digits");
        }
    }

    /** The further of two heads: the one with the higher sequence number. */
    public JournalHead furthest(JournalHead other) {
        return other.sequence > sequence ? other : this;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + hash;
    }
}
