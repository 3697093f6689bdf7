package org.onetrip.kiosk.maintenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onetrip.kiosk.keys.JournalKey;

/**
 * One walk over the audit journal: each entry's number, link and seal in turn, then the journal's head against
 * the head the kiosk wrote down and the head the backend holds. Names the first entry where it breaks.
 */
final class JournalCheck {

    /** A head remembered outside the journal, and whose word it is ("the backend holds"). */
    private record Mark(JournalHead head, String whose) {
    }

    /**
     * What a walk found, and the last entry it found good: a later walk from there finds the same again
     * without reading the entries before it.
     */
    record Walk(ChainVerdict verdict, JournalHead lastGood) {
    }

    private JournalCheck() {
    }

    /**
     * Checks the entries after {@code start}, which an earlier check found intact up to and including it
     * ({@link JournalHead#START} for the whole journal).
     *
     * @param key empty when the key is missing: any entry is then {@link ChainVerdict.Problem#KEY_MISSING}
     */
    static Walk from(JournalHead start, Connection db, Optional<JournalKey> key, JournalMarks marks)
            throws SQLException {
        List<Mark> remembered = new ArrayList<>();
        marks.written().ifPresent(head -> remembered.add(new Mark(head, "the kiosk wrote down as its head")));
        marks.anchored().ifPresent(head -> remembered.add(new Mark(head, "the backend holds")));
        for (Mark mark : remembered) {
            long at = mark.head().sequence();
            if (start.sequence() > 0 && at <= start.sequence()
                    && !AuditJournal.sealAt(db, at).equals(Optional.of(mark.head().hash()))) {
                return new Walk(rewritten(at, mark), JournalHead.START);
            }
        }
        long expected = start.sequence() + 1;
        String previous = start.hash();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT " + AuditJournal.COLUMNS + " FROM audit WHERE seq > ? ORDER BY seq")) {
            q.setLong(1, start.sequence());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long sequence = rs.getLong(1);
                    Optional<ChainVerdict.Broken> broken = entry(rs, sequence, expected, previous, key, remembered);
                    if (broken.isPresent()) {
                        return new Walk(broken.get(), key.isEmpty() ? JournalHead.START
                                : new JournalHead(expected - 1, previous));
                    }
                    previous = rs.getString(7);
                    expected++;
                }
            }
        }
        ChainVerdict end = head(expected - 1, previous, marks);
        return new Walk(end, end instanceof ChainVerdict.Broken broken
                && broken.problem() == ChainVerdict.Problem.EMPTIED ? JournalHead.START : new JournalHead(expected - 1, previous));
    }

    /** The seal an entry should carry after {@code previous}; never equal to a seal when the link is not hex. */
    static String sealOf(JournalKey key, String previous, AuditEntry entry) {
        try {
            return key.seal(previous, entry.canonical());
        } catch (IllegalArgumentException e) {
            // a previous seal that is not hex can only come from an edited row
            return "unreadable previous seal";
        }
    }

    private static Optional<ChainVerdict.Broken> entry(ResultSet rs, long sequence, long expected, String previous,
            Optional<JournalKey> key, List<Mark> remembered) throws SQLException {
        if (key.isEmpty()) {
            return Optional.of(new ChainVerdict.Broken(sequence, ChainVerdict.Problem.KEY_MISSING, "the journal holds"
                    + " entries but its key " + JournalKey.FILE_NAME + " is missing from the key directory: none can be checked"));
        }
        if (sequence != expected) {
            return Optional.of(new ChainVerdict.Broken(expected, ChainVerdict.Problem.MISSING,
                    "entry " + expected + " is missing" + (sequence > expected + 1
                            ? " (and " + (sequence - expected - 1) + " more)" : "") + "; the next one is " + sequence));
        }
        AuditEntry entry;
        try {
            entry = AuditJournal.read(rs);
        } catch (RuntimeException e) {
            return Optional.of(new ChainVerdict.Broken(sequence, ChainVerdict.Problem.ALTERED,
                    "entry " + sequence + " cannot be read: " + e.getMessage()));
        }
        if (!entry.previous().equals(previous)) {
            return Optional.of(new ChainVerdict.Broken(sequence, ChainVerdict.Problem.RELINKED,
                    "entry " + sequence + " does not follow the seal of entry " + (sequence - 1)));
        }
        if (!sealOf(key.get(), previous, entry).equals(entry.hash())) {
            return Optional.of(new ChainVerdict.Broken(sequence, ChainVerdict.Problem.ALTERED, "entry " + sequence
                    + " does not match its seal: it was changed after it was written, or sealed without the journal key"));
        }
        for (Mark mark : remembered) {
            if (mark.head().sequence() == sequence && !mark.head().hash().equals(entry.hash())) {
                return Optional.of(rewritten(sequence, mark));
            }
        }
        return Optional.empty();
    }

    /** The journal's end, {@code head}, against what is remembered of it outside. */
    private static ChainVerdict head(long head, String seal, JournalMarks marks) {
        Optional<JournalHead> written = marks.written();
        Optional<JournalHead> anchored = marks.anchored();
        if (head == 0) {
            return new ChainVerdict.Broken(1, ChainVerdict.Problem.EMPTIED, "the journal holds no entry, though its key"
                    + " exists" + written.map(w -> " and the kiosk had written up to entry " + w.sequence()).orElse("")
                    + ": it was emptied, or kiosk.db was replaced");
        }
        if (written.isPresent() && written.get().sequence() > head) {
            return new ChainVerdict.Broken(head + 1, ChainVerdict.Problem.TRUNCATED, "the journal ends at entry " + head
                    + ", but the kiosk had written up to entry " + written.get().sequence() + ": "
                    + range(head + 1, written.get().sequence()) + " cut off");
        }
        if (anchored.isPresent() && anchored.get().sequence() > head) {
            return new ChainVerdict.Broken(head + 1, ChainVerdict.Problem.BEHIND_ANCHOR, "the journal ends at entry "
                    + head + ", but the backend holds entry " + anchored.get().sequence() + " as its head: "
                    + range(head + 1, anchored.get().sequence()) + " cut off");
        }
        return new ChainVerdict.Intact(head, seal);
    }

    private static ChainVerdict.Broken rewritten(long sequence, Mark mark) {
        return new ChainVerdict.Broken(sequence, ChainVerdict.Problem.REWRITTEN, "entry " + sequence
                + " is not the one " + mark.whose() + ": the journal was rewritten from there back");
    }

    private static String range(long from, long to) {
        return from == to ? "entry " + from + " was" : "entries " + from + " to " + to + " were";
    }
}
