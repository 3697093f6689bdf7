package org.onetrip.kiosk.maintenance;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.kiosk.supervision.KioskDatabase;
import org.onetrip.kiosk.supervision.KioskDatabaseException;

/**
 * Every entry into maintenance mode and every technician action, in {@code kiosk.db}, chained by
 * hashes: each entry's hash is SHA-256 over the previous entry's hash and the entry's own
 * canonical form, so an entry changed, removed or moved breaks the chain at that point
 * ({@link #verify()}). Each entry's hash is also written to the log, so that entries cut off
 * the end can be told by comparing the journal's head with the last one logged.
 *
 * <p>Entries never hold personal data; a detail that looks like an ID number is refused.
 * Thread-safe.
 */
public final class AuditJournal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditJournal.class);
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final Pattern ID_NUMBER_LIKE = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");
    private static final int MAX_TEXT = 500;

    private final Connection db;
    private final Clock clock;

    private AuditJournal(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Over {@code DATA_DIR/kiosk.db}. */
    public static AuditJournal open(Path dataDir, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Connection db = KioskDatabase.connect(dataDir);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS audit(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                    + " action TEXT NOT NULL, detail TEXT NOT NULL, previous TEXT NOT NULL, hash TEXT NOT NULL)");
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot create the audit table: " + e.getMessage(), e);
        }
        return new AuditJournal(db, clock);
    }

    /**
     * Appends an entry, committed before this returns.
     *
     * @throws IllegalArgumentException when actor or detail is too long, or the detail looks like an ID number
     */
    public synchronized AuditEntry record(String actor, AuditAction action, String detail) {
        requireText(actor, "actor");
        requireText(detail, "detail");
        Objects.requireNonNull(action, "action");
        if (ID_NUMBER_LIKE.matcher(detail).find() || ID_NUMBER_LIKE.matcher(actor).find()) {
            throw new IllegalArgumentException("audit entries never hold personal data; this one looks like it holds an ID number");
        }
        try {
            db.setAutoCommit(false);
            try {
                long sequence = 1;
                String previous = GENESIS;
                try (Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) {
                    if (rs.next()) {
                        sequence = rs.getLong(1) + 1;
                        previous = rs.getString(2);
                    }
                }
                Instant at = clock.instant();
                String hash = hash(previous, AuditEntry.canonical(sequence, at, actor, action, detail));
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO audit(seq, at, actor, action, detail, previous, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, sequence);
                    insert.setString(2, at.toString());
                    insert.setString(3, actor);
                    insert.setString(4, action.name());
                    insert.setString(5, detail);
                    insert.setString(6, previous);
                    insert.setString(7, hash);
                    insert.executeUpdate();
                }
                db.commit();
                AuditEntry entry = new AuditEntry(sequence, at, actor, action, detail, previous, hash);
                log.info("audit #{} {} by {}: {} (hash {})", sequence, action, actor, detail, hash);
                return entry;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot write the audit journal: " + e.getMessage(), e);
        }
    }

    /** The newest entries, newest first. */
    public synchronized List<AuditEntry> latest(int count) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be 1 to 10000, got " + count);
        }
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT seq, at, actor, action, detail, previous, hash FROM audit ORDER BY seq DESC LIMIT ?")) {
            q.setInt(1, count);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    entries.add(read(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
    }

    /**
     * The entries whose action is one of {@code resets} or {@code others}, from the newest entry
     * whose action is one of {@code resets} (included) to the head, oldest first; from the first
     * entry when there is none. What a state kept in the journal is derived from.
     */
    public synchronized List<AuditEntry> sinceLast(Set<AuditAction> resets, Set<AuditAction> others) {
        if (resets.isEmpty()) {
            throw new IllegalArgumentException("at least one action must start the entries again");
        }
        String resetList = inList(resets);
        String all = inList(Stream.concat(resets.stream(), others.stream()).collect(Collectors.toSet()));
        List<AuditEntry> entries = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, at, actor, action, detail, previous, hash FROM audit WHERE seq >="
                     + " COALESCE((SELECT MAX(seq) FROM audit WHERE action IN " + resetList + "), 0)"
                     + " AND action IN " + all + " ORDER BY seq")) {
            while (rs.next()) {
                entries.add(read(rs));
            }
            return entries;
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
    }

    /** {@code ('A', 'B')}: action names are the enum's own, so nothing from outside reaches the SQL. */
    private static String inList(Set<AuditAction> actions) {
        return actions.stream().map(action -> "'" + action.name() + "'").sorted()
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** Walks the whole chain from the first entry and names the first entry where it breaks. */
    public synchronized ChainVerdict verify() {
        long expected = 1;
        String previous = GENESIS;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, at, actor, action, detail, previous, hash FROM audit ORDER BY seq")) {
            while (rs.next()) {
                long sequence = rs.getLong(1);
                if (sequence != expected) {
                    return new ChainVerdict.Broken(expected, ChainVerdict.Problem.MISSING,
                            "entry " + expected + " is missing" + (sequence > expected + 1
                                    ? " (and " + (sequence - expected - 1) + " more)" : "") + "; the next one is " + sequence);
                }
                AuditEntry entry;
                try {
                    entry = read(rs);
                } catch (RuntimeException e) {
                    return new ChainVerdict.Broken(sequence, ChainVerdict.Problem.ALTERED,
                            "entry " + sequence + " cannot be read: " + e.getMessage());
                }
                if (!entry.previous().equals(previous)) {
                    return new ChainVerdict.Broken(sequence, ChainVerdict.Problem.RELINKED,
                            "entry " + sequence + " does not follow the hash of entry " + (sequence - 1));
                }
                if (!hash(previous, entry.canonical()).equals(entry.hash())) {
                    return new ChainVerdict.Broken(sequence, ChainVerdict.Problem.ALTERED,
                            "entry " + sequence + " was changed after it was written");
                }
                previous = entry.hash();
                expected++;
            }
            return new ChainVerdict.Intact(expected - 1, previous);
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // nothing more can be done with a connection that will not close
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    static String hash(String previousHex, byte[] canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(previousHex));
            sha.update(canonical);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IllegalArgumentException e) {
            // a previous hash that is not hex can only come from an edited row
            return "unreadable previous hash";
        }
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT + " characters, got " + text.length());
        }
    }
}
