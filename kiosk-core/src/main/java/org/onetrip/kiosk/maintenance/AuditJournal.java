package org.onetrip.kiosk.maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.JournalKey;
import org.onetrip.kiosk.keys.KeyFileException;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.onetrip.kiosk.supervision.KioskDatabase;
import org.onetrip.kiosk.supervision.KioskDatabaseException;

/**
 * The kiosk's electronic journal, in {@code kiosk.db}: every technician action, every citizen session's
 * outcome, every device fault. Each entry is sealed: HMAC-SHA256 under the {@linkplain JournalKey journal key}
 * over the previous entry's seal and the entry's canonical form, so an entry changed, removed or moved breaks
 * the chain at that point, and nobody without the key (kept in the key directory, never in the data directory)
 * can write a chain that passes ({@link #verify()}).
 *
 * <p>The first entry is written when the key is made, so a key without entries is an emptied journal. Beside the
 * key, the kiosk writes down the head it wrote last and the head the backend last said it holds
 * ({@link #anchoredAt}); a journal that ends before either was cut. The next entry always follows the furthest of
 * these heads, so a number is never used twice and a cut stays visible as missing entries.
 *
 * <p>Entries never hold personal data; a detail that looks like an ID number is refused. Each call blocks for
 * a database commit and a file write: call it off the screen's thread and the session timers' thread.
 * Thread-safe.
 */
public final class AuditJournal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditJournal.class);
    /** The previous seal of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** A key made, and written down here, before the entry sealed under it was committed. */
    static final String PENDING_KEY = JournalKey.FILE_NAME + ".new";
    private static final Pattern ID_NUMBER_LIKE = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");
    private static final int MAX_TEXT = 500;
    static final String COLUMNS = "seq, at, actor, action, detail, previous, hash";

    private final Connection db;
    private final Clock clock;
    private final JournalMarks marks;
    private JournalKey key;
    /** The last entry the last check found good: {@link #verifyTail()} walks on from there. */
    private Optional<JournalHead> checkedThrough = Optional.empty();

    private AuditJournal(Connection db, Clock clock, JournalMarks marks) {
        this.db = db;
        this.clock = clock;
        this.marks = marks;
    }

    /** Over {@code DATA_DIR/kiosk.db}, with its key in the kiosk's key directory ({@code DATA_DIR-keys}). */
    public static AuditJournal open(Path dataDir, Clock clock) {
        return open(dataDir, KioskSettings.keyDirectoryOf(dataDir), clock);
    }

    /**
     * Over {@code DATA_DIR/kiosk.db} with its key in {@code keysDir}; the first time, makes the key and writes the
     * first entry ({@link AuditAction#JOURNAL_KEYED}). Entries of a journal kept before it had a key are checked
     * by their plain SHA-256 chain and, when it holds, sealed under the new key; when it does not, they stay as
     * they are and the journal reports them.
     *
     * @throws KioskDatabaseException when the database cannot be opened
     * @throws KeyFileException       when the key cannot be made or read
     */
    public static AuditJournal open(Path dataDir, Path keysDir, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Connection db = KioskDatabase.connect(dataDir);
        try {
            createTable(db);
            PrivateFiles.ownerOnly(keysDir);
            AuditJournal journal = new AuditJournal(db, clock, JournalMarks.read(keysDir));
            journal.key = journal.keyOrFirstEntry(keysDir);
            return journal;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(db);
            if (e instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new KioskDatabaseException("cannot open the audit journal: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the journal of a data directory without changing anything (the kiosk may be running or not):
     * nothing is created, no key is made.
     *
     * @return empty when there is no journal at all: neither a key nor an entry
     * @throws KioskDatabaseException when {@code kiosk.db} cannot be read
     * @throws KeyFileException       when the key file cannot be read
     */
    public static Optional<ChainVerdict> inspect(Path dataDir) {
        Path keysDir = KioskSettings.keyDirectoryOf(dataDir);
        Optional<JournalKey> key = Optional.empty();
        for (String name : new String[] {JournalKey.FILE_NAME, PENDING_KEY}) {
            if (key.isEmpty() && Files.exists(keysDir.resolve(name))) {
                key = Optional.of(JournalKey.read(keysDir.resolve(name)));
            }
        }
        JournalMarks marks;
        try {
            marks = JournalMarks.read(keysDir);
        } catch (IOException e) {
            throw new KeyFileException("cannot read the journal's marks in " + keysDir + ": " + e.getMessage(), e);
        }
        if (!Files.exists(dataDir.resolve(KioskDatabase.FILE_NAME))) {
            return key.map(present -> new ChainVerdict.Broken(1, ChainVerdict.Problem.EMPTIED,
                    dataDir.resolve(KioskDatabase.FILE_NAME) + " is missing, though the journal key exists"));
        }
        Connection db = KioskDatabase.connect(dataDir);
        try {
            boolean hasTable;
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'");
                 ResultSet rs = q.executeQuery()) {
                hasTable = rs.next();
            }
            if (!hasTable) {
                return key.map(present -> new ChainVerdict.Broken(1, ChainVerdict.Problem.EMPTIED,
                        "kiosk.db holds no journal, though the journal key exists"));
            }
            if (key.isEmpty() && !anyRow(db)) {
                return Optional.empty();
            }
            return Optional.of(JournalCheck.from(JournalHead.START, db, key, marks).verdict());
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        } finally {
            closeQuietly(db);
        }
    }

    /**
     * Appends an entry, committed (and its head written down beside the key) before this returns.
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
        AuditEntry entry;
        try {
            entry = inWriteTransaction(() -> append(key, actor, action, detail));
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot write the audit journal: " + e.getMessage(), e);
        }
        wroteDown(entry);
        log.info("audit #{} {} by {}: {} (seal {})", entry.sequence(), action, actor, detail, entry.hash());
        return entry;
    }

    /** The newest entries, newest first. */
    public synchronized List<AuditEntry> latest(int count) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be 1 to 10000, got " + count);
        }
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT " + COLUMNS + " FROM audit ORDER BY seq DESC LIMIT ?")) {
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

    /**
     * Walks the whole journal from the first entry and names the first entry where it breaks; then compares
     * its head with the one the kiosk last wrote and the one the backend last said it holds. Reads every entry:
     * blocks for as long as that takes (one to a few seconds for 100,000 entries: {@code ./onetrip bench --only journal}).
     */
    public synchronized ChainVerdict verify() {
        return walkFrom(JournalHead.START);
    }

    /**
     * Like {@link #verify()}, but walks only the entries after the last one the previous check found good (where it
     * ended, or where it found the journal broken), once that entry is still there unchanged (else it walks
     * everything): what a heartbeat can afford every minute. Entries before that point changed since are found by
     * the next full check.
     */
    public synchronized ChainVerdict verifyTail() {
        try {
            if (checkedThrough.isPresent() && (checkedThrough.get().sequence() == 0
                    || sealAt(db, checkedThrough.get().sequence()).equals(Optional.of(checkedThrough.get().hash())))) {
                return walkFrom(checkedThrough.get());
            }
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
        return verify();
    }

    private ChainVerdict walkFrom(JournalHead start) {
        try {
            JournalCheck.Walk walk = JournalCheck.from(start, db, Optional.of(key), marks);
            checkedThrough = Optional.of(walk.lastGood());
            return walk.verdict();
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
    }

    /** The newest entry as the table holds it now ({@link JournalHead#START} when it holds none). */
    public synchronized JournalHead head() {
        try {
            return tableHead(db);
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
    }

    /** The seal of entry {@code sequence} as the table holds it now; empty when there is no such entry. */
    public synchronized Optional<String> sealOf(long sequence) {
        try {
            return sealAt(db, sequence);
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the audit journal: " + e.getMessage(), e);
        }
    }

    /** The head the backend last said it holds, if it said so yet. */
    public synchronized Optional<JournalHead> anchor() {
        return marks.anchored();
    }

    /**
     * The backend holds {@code held} as this kiosk's journal head: written down beside the key, so that a
     * journal cut below it is found, and the next entry follows it if the table ends before it.
     */
    public synchronized void anchoredAt(JournalHead held) {
        Objects.requireNonNull(held, "held");
        try {
            marks.anchor(held);
        } catch (IOException e) {
            log.error("the journal head the backend holds could not be written down: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    // ---- the key and the first entry ------------------------------------------------------

    private JournalKey keyOrFirstEntry(Path keysDir) throws SQLException, IOException {
        Path keyFile = keysDir.resolve(JournalKey.FILE_NAME);
        if (Files.exists(keyFile)) {
            return JournalKey.read(keyFile);
        }
        Path pending = keysDir.resolve(PENDING_KEY);
        if (Files.exists(pending)) {
            // made just before a power cut: it is the key if the entry sealed under it was committed
            JournalKey made = JournalKey.read(pending);
            if (newestIsKeyedBy(made)) {
                promote(pending, keyFile);
                return made;
            }
            Files.delete(pending);
        }
        return firstEntry(pending, keyFile);
    }

    private JournalKey firstEntry(Path pending, Path keyFile) throws SQLException, IOException {
        JournalKey made = JournalKey.create(pending);
        AuditEntry first = inWriteTransaction(
                () -> append(made, "kiosk", AuditAction.JOURNAL_KEYED, sealEarlierEntries(made)));
        wroteDown(first);
        promote(pending, keyFile);
        log.info("audit #{} {}: {} (seal {})", first.sequence(), first.action(), first.detail(), first.hash());
        return made;
    }

    /** Seals the entries of a journal kept before it had a key, when their plain chain holds; says what was done. */
    private String sealEarlierEntries(JournalKey made) throws SQLException {
        List<AuditEntry> earlier = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit ORDER BY seq")) {
            while (rs.next()) {
                earlier.add(read(rs));
            }
        } catch (RuntimeException e) {
            return "a new key; the earlier entries stay unsealed: one cannot be read (" + e.getMessage() + ")";
        }
        if (earlier.isEmpty()) {
            return "a new journal";
        }
        Optional<String> plainBreak = plainBreak(earlier);
        if (plainBreak.isPresent()) {
            log.error("the audit journal's {} earlier entries are not sealed under its new key: {}", earlier.size(),
                    plainBreak.get());
            return "a new key; the " + earlier.size() + " earlier entries stay unsealed: " + plainBreak.get();
        }
        String previous = GENESIS;
        try (PreparedStatement update = db.prepareStatement("UPDATE audit SET previous = ?, hash = ? WHERE seq = ?")) {
            for (AuditEntry entry : earlier) {
                String seal = made.seal(previous, entry.canonical());
                update.setString(1, previous);
                update.setString(2, seal);
                update.setLong(3, entry.sequence());
                update.executeUpdate();
                previous = seal;
            }
        }
        return "a new key; the " + earlier.size() + " earlier entries, whose plain hash chain held, are sealed under it";
    }

    /** Where the plain SHA-256 chain of a journal kept without a key breaks, if it does. */
    private static Optional<String> plainBreak(List<AuditEntry> entries) {
        String previous = GENESIS;
        long expected = 1;
        for (AuditEntry entry : entries) {
            if (entry.sequence() != expected || !entry.previous().equals(previous)
                    || !plainHash(previous, entry.canonical()).equals(entry.hash())) {
                return Optional.of("their plain hash chain breaks at entry " + expected);
            }
            previous = entry.hash();
            expected++;
        }
        return Optional.empty();
    }

    private boolean newestIsKeyedBy(JournalKey made) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit ORDER BY seq DESC LIMIT 1")) {
            if (!rs.next()) {
                return false;
            }
            AuditEntry newest = read(rs);
            return newest.action() == AuditAction.JOURNAL_KEYED
                    && JournalCheck.sealOf(made, newest.previous(), newest).equals(newest.hash());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void promote(Path pending, Path keyFile) throws IOException {
        Files.move(pending, keyFile, StandardCopyOption.ATOMIC_MOVE);
        PrivateFiles.forceDirectory(keyFile.toAbsolutePath().getParent());
    }

    // ---- writing ------------------------------------------------------------------------

    /** Inserts the next entry; the caller holds the transaction. */
    private AuditEntry append(JournalKey sealing, String actor, AuditAction action, String detail) throws SQLException {
        JournalHead after = tableHead(db).furthest(marks.furthest());
        long sequence = after.sequence() + 1;
        Instant at = clock.instant();
        String hash = sealing.seal(after.hash(), AuditEntry.canonical(sequence, at, actor, action, detail));
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sequence);
            insert.setString(2, at.toString());
            insert.setString(3, actor);
            insert.setString(4, action.name());
            insert.setString(5, detail);
            insert.setString(6, after.hash());
            insert.setString(7, hash);
            insert.executeUpdate();
        }
        return new AuditEntry(sequence, at, actor, action, detail, after.hash(), hash);
    }

    /** Writes the new head down beside the key; the entry stands even if that fails (the mark is then behind). */
    private void wroteDown(AuditEntry entry) {
        try {
            marks.wrote(new JournalHead(entry.sequence(), entry.hash()));
        } catch (IOException e) {
            log.error("audit #{} is committed, but the journal's head could not be written down beside its key: {}",
                    entry.sequence(), e.toString());
        }
    }

    // ---- plumbing -----------------------------------------------------------------------

    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction that holds the database's write lock from its start ({@code BEGIN
     * IMMEDIATE}, waiting up to the busy time-out for it): a transaction that read first and wrote later would be
     * refused at once when another connection to {@code kiosk.db} (counters, ratings) wrote in between.
     */
    private <T> T inWriteTransaction(Work<T> work) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run();
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static void createTable(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS audit(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                    + " action TEXT NOT NULL, detail TEXT NOT NULL, previous TEXT NOT NULL, hash TEXT NOT NULL)");
        }
    }

    private static JournalHead tableHead(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) {
            if (!rs.next()) {
                return JournalHead.START;
            }
            try {
                return new JournalHead(rs.getLong(1), rs.getString(2));
            } catch (IllegalArgumentException e) {
                // an edited row; the next entry follows its number, and verify() names it
                return new JournalHead(Math.max(0, rs.getLong(1)), GENESIS);
            }
        }
    }

    static Optional<String> sealAt(Connection db, long sequence) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT hash FROM audit WHERE seq = ?")) {
            q.setLong(1, sequence);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean anyRow(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM audit LIMIT 1")) {
            return rs.next();
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    /** SHA-256 over a previous hash and a canonical form: the chain of a journal kept before it had a key. */
    static String plainHash(String previousHex, byte[] canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(previousHex));
            sha.update(canonical);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IllegalArgumentException e) {
            return "unreadable previous hash";
        }
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT + " characters, got " + text.length());
        }
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException e) {
            // nothing more can be done with a connection that will not close
        }
    }
}
