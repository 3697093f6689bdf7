package org.onetrip.kiosk.maintenance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit journal.
 *
 * @param sequence 1, 2, 3, ... without gaps
 * @param at       when it happened
 * @param actor    who: {@code technician:pin}, {@code technician:card:…1A2B}, {@code kiosk}, {@code citizen}
 * @param action   what
 * @param detail   technician-facing facts (a device name, a tracking number, a folder); never personal data
 * @param previous the seal of the entry before, hex; 64 zeros for the first
 * @param hash     the entry's seal: HMAC-SHA256 under the journal key of the previous seal's bytes followed by
 *                 {@link #canonical()}, hex
 */
public record AuditEntry(long sequence, Instant at, String actor, AuditAction action, String detail, String previous,
        String hash) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * The bytes the seal covers besides the previous seal: each field as its UTF-8 length in
     * decimal, a colon, the UTF-8 bytes and a line feed, so that no two entries share a form.
     */
    public byte[] canonical() {
        return canonical(sequence, at, actor, action, detail);
    }

    static byte[] canonical(long sequence, Instant at, String actor, AuditAction action, String detail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : new String[] {Long.toString(sequence), at.toString(), actor, action.name(), detail}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
