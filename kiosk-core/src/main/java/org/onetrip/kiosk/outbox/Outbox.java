package org.onetrip.kiosk.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.onetrip.kiosk.sealing.SealedBody;
import org.onetrip.kiosk.sealing.Sealer;
import org.onetrip.kiosk.sealing.SealingKeys;
import org.onetrip.kiosk.observable.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable outbox: one SQLite database ({@code DATA_DIR/outbox.db}, WAL, full sync, secure delete)
 * and the material files under {@code DATA_DIR/outbox/<submissionId>/}. The signed manifest and every
 * file are sealed to the approval system's key as the filing is committed ({@link SealingKeys}): the
 * kiosk keeps only what it cannot read, with the masked, non-personal metadata that delivery, the
 * technician and "received by the kiosk, being sent" need.
 *
 * <p>{@link #add} returns only once the filing is on disk: files first (each forced), then the
 * row in one committed transaction. A crash before the commit leaves a directory without a row,
 * which the next {@link #open} removes; after the commit the filing is never lost. When the
 * backend acknowledges, the personal columns are cleared in one transaction and the files are
 * deleted after it (again swept at open if a crash falls in between).
 *
 * <p>Thread-safe: all database work is serialised on this object. Calls block on disk I/O
 * (an fsync per commit); keep them off a UI thread.
 */
public final class Outbox implements AutoCloseable {

    /** Bytes kept free on the disk beyond a filing's own size, unless configured otherwise. */
    public static final long DEFAULT_RESERVE_BYTES = 256L * 1024 * 1024;
    /** What SQLite and the file system add to a package's own bytes, reckoned generously. */
    static final long OVERHEAD_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final DateTimeFormatter TRACKING_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** Columns added since the first version of the table, with what existing rows get. */
    private static final List<String> ADDED_COLUMNS = List.of(
            "sealing_key TEXT",
            "first_tried_at TEXT",
            "last_tried_at TEXT",
            "strikes INTEGER NOT NULL DEFAULT 0",
            "refusals INTEGER NOT NULL DEFAULT 0",
            "struck_since TEXT",
            "set_aside_cause TEXT",
            "exported_at TEXT");

    private final Connection db;
    private final Path filesDir;
    private final Supplier<Optional<Sealer>> sealer;
    private final FreeSpaceProbe space;
    private final long reserveBytes;
    private final Clock clock;
    private final List<Consumer<OutboxEvent>> listeners = new CopyOnWriteArrayList<>();

    private Outbox(Connection db, Path filesDir, Supplier<Optional<Sealer>> sealer, FreeSpaceProbe space, long reserveBytes,
                   Clock clock) {
        this.db = db;
        this.filesDir = filesDir;
        this.sealer = sealer;
        this.space = space;
        this.reserveBytes = reserveBytes;
        this.clock = clock;
    }

    /**
     * Opens (creating) the outbox in {@code dataDir}, and removes files left by a crash.
     *
     * @param reserveBytes bytes that must stay free after a filing is written; 0 or more
     * @throws OutboxException when the database cannot be opened or created
     */
    public static Outbox open(Path dataDir, SealingKeys sealing, FreeSpaceProbe space, long reserveBytes,
                              Clock clock) {
        Objects.requireNonNull(sealing, "sealing");
        return open(dataDir, sealing::current, space, reserveBytes, clock, true);
    }

    /**
     * Opens an existing outbox for a technician's tools ({@code ./onetrip diag}, {@code ./onetrip outbox}),
     * beside a kiosk that may be running: it takes no filing and leaves the files alone (only the kiosk's
     * own start removes what a crash left, which a filing being written would look like).
     *
     * @throws OutboxException when {@code dataDir} holds no outbox or it cannot be opened
     */
    public static Outbox openForTechnician(Path dataDir, Clock clock) {
        if (!Files.isRegularFile(dataDir.resolve("outbox.db"))) {
            throw new OutboxException("no outbox in " + dataDir.toAbsolutePath() + " (no outbox.db)", null);
        }
        return open(dataDir, Optional::empty, dir -> 0, 0, clock, false);
    }

    private static Outbox open(Path dataDir, Supplier<Optional<Sealer>> sealer, FreeSpaceProbe space,
                               long reserveBytes, Clock clock, boolean sweep) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(clock, "clock");
        if (reserveBytes < 0) {
            throw new IllegalArgumentException("reserveBytes must be 0 or more, got " + reserveBytes);
        }
        Path filesDir = dataDir.resolve("outbox");
        Connection db = null;
        try {
            PrivateFiles.createDirectory(dataDir);
            PrivateFiles.createDirectory(filesDir);
            db = PrivateFiles.openDatabase(dataDir.resolve("outbox.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // FULL: a commit survives a power cut, not only a process crash
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS filing (
                          seq INTEGER PRIMARY KEY AUTOINCREMENT,
                          submission_id TEXT NOT NULL UNIQUE,
                          tracking_number TEXT NOT NULL UNIQUE,
                          tracking_day TEXT NOT NULL,
                          state TEXT NOT NULL,
                          matter_codes TEXT NOT NULL,
                          bundle_code TEXT,
                          masked_name TEXT NOT NULL,
                          masked_id TEXT NOT NULL,
                          applicant_key TEXT NOT NULL,
                          envelope BLOB,
                          sealing_key TEXT,
                          file_names TEXT NOT NULL,
                          package_bytes INTEGER NOT NULL,
                          filed_at TEXT NOT NULL,
                          attempts INTEGER NOT NULL DEFAULT 0,
                          last_error TEXT,
                          acceptance_number TEXT,
                          promised_date TEXT,
                          rejection_code TEXT,
                          rejection_message TEXT,
                          finished_at TEXT)""");
                s.execute("CREATE INDEX IF NOT EXISTS filing_pending ON filing(state, seq)");
                s.execute("CREATE INDEX IF NOT EXISTS filing_applicant ON filing(applicant_key)");
                // an outbox from an earlier version gains what it lacks; its rows keep every value
                for (String column : ADDED_COLUMNS) {
                    addColumnIfMissing(s, column);
                }
            }
            db.setAutoCommit(false);
            Outbox outbox = new Outbox(db, filesDir, sealer, space, reserveBytes, clock);
            if (sweep) {
                outbox.sweepLeftovers();
            }
            return outbox;
        } catch (SQLException | IOException e) {
            closeQuietly(db);
            throw new OutboxException("cannot open the outbox in " + dataDir, e);
        }
    }

    /** Tells {@code listener} of every change, on the thread that made it; it must return quickly. */
    public Subscription subscribe(Consumer<OutboxEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<OutboxEvent> registered = listener::accept;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    /**
     * Commits a filing durably, or refuses it when the disk cannot hold it and the reserve.
     * A refusal writes nothing and leaves every queued filing as it was.
     *
     * @throws OutboxException on a disk or database failure; nothing of the filing is kept
     */
    public AddResult add(NewFiling filing) {
        long needed = filing.packageBytes() + OVERHEAD_BYTES + reserveBytes;
        Path dir = filesDir.resolve(filing.submissionId());
        AddResult.Added added;
        synchronized (this) {
            long usable;
            try {
                usable = space.usableBytes(filesDir);
            } catch (IOException e) {
                throw new OutboxException("cannot tell the free space under " + filesDir, e);
            }
            Optional<Sealer> sealer = this.sealer.get();
            if (sealer.isEmpty()) {
                log.warn("filing {} refused: no pinned sealing key of the approval system is known yet",
                        filing.submissionId());
                return new AddResult.NoSealingKey();
            }
            if (usable < needed) {
                log.warn("filing {} refused: {} bytes needed with the reserve, {} usable", filing.submissionId(),
                        needed, usable);
                return new AddResult.NoSpace(needed, usable);
            }
            try {
                writeSealedFiles(dir, filing, sealer.get());
                added = insert(filing, sealer.get());
                db.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly();
                deleteDirectory(dir);
                throw new OutboxException("cannot commit filing " + filing.submissionId() + " to the outbox", e);
            }
        }
        log.info("filing {} queued as {}", filing.submissionId(), added.trackingNumber());
        publish(new OutboxEvent(filing.submissionId(), OutboxState.QUEUED, 0, ""));
        return added;
    }

    /** The oldest pending filing, which the worker hands over next. */
    public synchronized Optional<String> nextPending() {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT submission_id FROM filing WHERE state IN ('QUEUED','UPLOADING') ORDER BY seq LIMIT 1")) {
            try (ResultSet r = q.executeQuery()) {
                Optional<String> next = r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                db.commit();
                return next;
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    /**
     * The sealed signed manifest and the file names of a pending filing.
     *
     * @throws IllegalStateException when the filing holds no package sealed to the approval system
     */
    public synchronized PendingPackage pendingPackage(String submissionId) {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT envelope, file_names, sealing_key FROM filing WHERE submission_id = ?")) {
            q.setString(1, submissionId);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next() || r.getBytes(1) == null || r.getString(3) == null) {
                    db.commit();
                    throw new IllegalStateException("filing " + submissionId + " has no sealed package to send");
                }
                SealedBody envelope = new SealedBody(r.getString(3), r.getBytes(1));
                List<String> names = JSON.readValue(r.getString(2), STRINGS);
                db.commit();
                return new PendingPackage(submissionId, envelope, names);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new OutboxException("cannot read filing " + submissionId, e);
        }
    }

    /** A material file of a pending filing, as sealed to the approval system's key when it was filed. */
    public SealedBody material(PendingPackage pkg, String fileName) {
        Path file = sealedFile(pkg, fileName);
        try {
            return new SealedBody(pkg.signedManifest().keyId(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new OutboxException("cannot read material " + fileName + " of filing " + pkg.submissionId(), e);
        }
    }

    /** Where a material file of a filing is kept, sealed; it may be large, so read it as a stream. */
    public Path sealedFile(PendingPackage pkg, String fileName) {
        if (!pkg.fileNames().contains(fileName)) {
            throw new IllegalArgumentException("filing " + pkg.submissionId() + " holds no file " + fileName);
        }
        return filesDir.resolve(pkg.submissionId()).resolve(fileName + ".sealed");
    }

    /** The worker has begun handing the filing over. */
    public void markUploading(String submissionId) {
        int attempts;
        synchronized (this) {
            try (PreparedStatement u = db.prepareStatement("""
                    UPDATE filing SET state = 'UPLOADING', first_tried_at = COALESCE(first_tried_at, ?),
                      last_tried_at = ? WHERE submission_id = ? AND state IN ('QUEUED','UPLOADING')""")) {
                String now = clock.instant().toString();
                u.setString(1, now);
                u.setString(2, now);
                u.setString(3, submissionId);
                u.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new OutboxException("cannot mark filing " + submissionId + " as being handed over", e);
            }
            attempts = entry(submissionId).map(OutboxEntry::attempts).orElse(0);
        }
        publish(new OutboxEvent(submissionId, OutboxState.UPLOADING, attempts, ""));
    }

    /**
     * An attempt failed; the reason is kept for the technician, and {@code failure} says whether it
     * counts toward setting the filing aside ({@link SetAsideRule}).
     *
     * @return the filing as it stands now
     * @throws OutboxException when the filing is unknown or the database fails
     */
    public OutboxEntry recordFailedAttempt(String submissionId, String reason, AttemptFailure failure) {
        OutboxEntry after;
        synchronized (this) {
            String counting = switch (failure) {
                // an outage is nobody's fault: what counted against the filing starts again
                case UNREACHABLE -> "strikes = 0, refusals = 0, struck_since = NULL";
                case FAILED -> "strikes = strikes + 1, struck_since = COALESCE(struck_since, ?)";
                case REFUSED -> "strikes = strikes + 1, refusals = refusals + 1, struck_since = COALESCE(struck_since, ?)";
            };
            try (PreparedStatement u = db.prepareStatement("UPDATE filing SET attempts = attempts + 1, last_error = ?, "
                    + counting + " WHERE submission_id = ?")) {
                int i = 1;
                u.setString(i++, reason);
                if (failure != AttemptFailure.UNREACHABLE) {
                    u.setString(i++, clock.instant().toString());
                }
                u.setString(i, submissionId);
                u.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new OutboxException("cannot record an attempt of filing " + submissionId, e);
            }
            after = entry(submissionId).orElseThrow(() -> new OutboxException("no filing " + submissionId, null));
        }
        publish(new OutboxEvent(submissionId, after.state(), after.attempts(), reason));
        return after;
    }

    /**
     * The filing kept failing while the backend answered: it leaves the queue, sealed as it is,
     * for the technician to retry ({@link #requeue}) or export. Only a pending filing is set aside.
     *
     * @return whether it was set aside
     */
    public boolean setAside(String submissionId, SetAsideCause cause) {
        boolean changed;
        int attempts;
        synchronized (this) {
            try (PreparedStatement u = db.prepareStatement("""
                    UPDATE filing SET state = 'SET_ASIDE', set_aside_cause = ?, exported_at = NULL, finished_at = ?
                    WHERE submission_id = ? AND state IN ('QUEUED','UPLOADING')""")) {
                u.setString(1, cause.name());
                u.setString(2, clock.instant().toString());
                u.setString(3, submissionId);
                changed = u.executeUpdate() == 1;
                db.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new OutboxException("cannot set filing " + submissionId + " aside", e);
            }
            attempts = entry(submissionId).map(OutboxEntry::attempts).orElse(0);
        }
        if (changed) {
            log.warn("filing {} set aside for the technician ({}) after {} failed attempt(s); the queue goes on",
                    submissionId, cause, attempts);
            publish(new OutboxEvent(submissionId, OutboxState.SET_ASIDE, attempts, cause.name()));
        }
        return changed;
    }

    /**
     * Notes that a set-aside filing was exported for the hall to carry to the backend; it stays set aside
     * until retried, when the backend recognises it as filed.
     */
    public void markExported(String submissionId) {
        synchronized (this) {
            try (PreparedStatement u = db.prepareStatement(
                    "UPDATE filing SET exported_at = ? WHERE submission_id = ? AND state = 'SET_ASIDE'")) {
                u.setString(1, clock.instant().toString());
                u.setString(2, submissionId);
                u.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new OutboxException("cannot note the export of filing " + submissionId, e);
            }
        }
    }

    /**
     * The backend committed the filing: keep the acceptance number, clear the personal data
     * (the sealed manifest) in the same transaction, then delete the files.
     */
    public void acknowledge(String submissionId, String acceptanceNumber, LocalDate promisedDate) {
        int attempts;
        synchronized (this) {
            try (PreparedStatement u = db.prepareStatement("""
                    UPDATE filing SET state = 'ACKNOWLEDGED', acceptance_number = ?, promised_date = ?,
                      envelope = NULL, last_error = NULL, finished_at = ? WHERE submission_id = ?""")) {
                u.setString(1, acceptanceNumber);
                u.setString(2, promisedDate == null ? null : promisedDate.toString());
                u.setString(3, clock.instant().toString());
                u.setString(4, submissionId);
                u.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new OutboxException("cannot record the acknowledgement of filing " + submissionId, e);
            }
            try {
                deleteDirectory(filesDir.resolve(submissionId));
            } catch (UncheckedIOException e) {
                // the row no longer points at the files; the next open sweeps them
                log.warn("cannot delete the files of acknowledged filing {} yet: {}", submissionId, e.getMessage());
            }
            attempts = entry(submissionId).map(OutboxEntry::attempts).orElse(0);
        }
        log.info("filing {} acknowledged as {}", submissionId, acceptanceNumber);
        publish(new OutboxEvent(submissionId, OutboxState.ACKNOWLEDGED, attempts, acceptanceNumber));
    }

    /** The backend refused the filing for good; its reason is kept, the package stays encrypted for the technician. */
    public void reject(String submissionId, String code, String message) {
        int attempts;
        synchronized (this) {
            try (PreparedStatement u = db.prepareStatement("""
                    UPDATE filing SET state = 'REJECTED', rejection_code = ?, rejection_message = ?, finished_at = ?
                    WHERE submission_id = ?""")) {
                u.setString(1, code);
                u.setString(2, message);
                u.setString(3, clock.instant().toString());
                u.setString(4, submissionId);
                u.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new OutboxException("cannot record the rejection of filing " + submissionId, e);
            }
            attempts = entry(submissionId).map(OutboxEntry::attempts).orElse(0);
        }
        log.warn("filing {} rejected by the backend: {}", submissionId, code);
        publish(new OutboxEvent(submissionId, OutboxState.REJECTED, attempts, code));
    }

    /**
     * For the technician: sends a rejected or set-aside filing again (e.g. after the backend's
     * operators fixed what refused it, or a proxy's limit was raised), with a fresh count of what
     * counts toward setting it aside. Only a filing whose package is still held can be requeued.
     *
     * @return whether the filing was requeued
     */
    public boolean requeue(String submissionId) {
        boolean changed;
        synchronized (this) {
            changed = update(submissionId, """
                    UPDATE filing SET state = 'QUEUED', rejection_code = NULL, rejection_message = NULL,
                      finished_at = NULL, strikes = 0, refusals = 0, struck_since = NULL, set_aside_cause = NULL,
                      exported_at = NULL
                    WHERE submission_id = ? AND state IN ('REJECTED','SET_ASIDE') AND envelope IS NOT NULL""") == 1;
        }
        if (changed) {
            publish(new OutboxEvent(submissionId, OutboxState.QUEUED, 0, "requeued"));
        }
        return changed;
    }

    public synchronized Optional<OutboxEntry> entry(String submissionId) {
        List<OutboxEntry> found = select("WHERE submission_id = ?", submissionId);
        return found.stream().findFirst();
    }

    /** A filing by its submission id or the tracking number on its receipt, as a technician names it. */
    public synchronized Optional<OutboxEntry> find(String filing) {
        return select("WHERE submission_id = ? OR tracking_number = ?", filing, filing).stream().findFirst();
    }

    /** The id of the approval system's key a filing was sealed to; kept after delivery, for the technician. */
    public synchronized Optional<String> sealingKeyOf(String submissionId) {
        try (PreparedStatement q = db.prepareStatement("SELECT sealing_key FROM filing WHERE submission_id = ?")) {
            q.setString(1, submissionId);
            try (ResultSet r = q.executeQuery()) {
                Optional<String> key = r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                db.commit();
                return key;
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    /** Every filing, in filing order. */
    public synchronized List<OutboxEntry> entries() {
        return select("");
    }

    /** The filings set aside for the technician, in filing order. */
    public synchronized List<OutboxEntry> setAside() {
        return select("WHERE state = ?", OutboxState.SET_ASIDE.name());
    }

    /** The filings of one applicant, by {@link org.onetrip.kiosk.keys.LookupKey#applicantKey}, in filing order. */
    public synchronized List<OutboxEntry> entriesOf(String applicantKey) {
        return select("WHERE applicant_key = ?", applicantKey);
    }

    /** How many filings are in each state. */
    public synchronized Map<OutboxState, Integer> counts() {
        Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0);
        }
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery(
                "SELECT state, COUNT(*) FROM filing GROUP BY state")) {
            while (r.next()) {
                counts.put(OutboxState.valueOf(r.getString(1)), r.getInt(2));
            }
            db.commit();
        } catch (SQLException e) {
            throw new OutboxException("cannot count the outbox", e);
        }
        return counts;
    }

    public int pendingCount() {
        Map<OutboxState, Integer> counts = counts();
        return counts.get(OutboxState.QUEUED) + counts.get(OutboxState.UPLOADING);
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    private AddResult.Added insert(NewFiling filing, Sealer sealer) throws SQLException, JsonProcessingException {
        String day = TRACKING_DAY.format(filing.trackingDay());
        long number;
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM filing WHERE tracking_day = ?")) {
            q.setString(1, day);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                number = r.getLong(1) + 1;
            }
        }
        String tracking = filing.kioskId() + "-" + day + "-" + String.format("%04d", number);
        try (PreparedStatement i = db.prepareStatement("""
                INSERT INTO filing (submission_id, tracking_number, tracking_day, state, matter_codes, bundle_code,
                  masked_name, masked_id, applicant_key, envelope, sealing_key, file_names, package_bytes, filed_at)
                VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            i.setString(1, filing.submissionId());
            i.setString(2, tracking);
            i.setString(3, day);
            i.setString(4, JSON.writeValueAsString(filing.matterCodes()));
            if (filing.bundleCode().isPresent()) {
                i.setString(5, filing.bundleCode().get());
            } else {
                i.setNull(5, Types.VARCHAR);
            }
            i.setString(6, filing.maskedName());
            i.setString(7, filing.maskedIdNumber());
            i.setString(8, filing.applicantKey());
            SealedBody envelope = sealer.seal(filing.signedManifest().apply(tracking),
                    SealedBody.manifestContext(filing.submissionId()));
            i.setBytes(9, envelope.bytes());
            i.setString(10, envelope.keyId());
            i.setString(11, JSON.writeValueAsString(filing.files().stream().map(NewFiling.PackageFile::fileName)
                    .toList()));
            i.setLong(12, filing.packageBytes());
            i.setString(13, filing.filedAt().toString());
            i.executeUpdate();
            try (ResultSet keys = i.getGeneratedKeys()) {
                keys.next();
                return new AddResult.Added(tracking, keys.getLong(1));
            }
        }
    }

    private void writeSealedFiles(Path dir, NewFiling filing, Sealer sealer) throws IOException {
        deleteDirectory(dir);
        PrivateFiles.createDirectory(dir);
        for (NewFiling.PackageFile file : filing.files()) {
            SealedBody sealed = sealer.seal(file.content(), SealedBody.fileContext(filing.submissionId(),
                    file.fileName()));
            PrivateFiles.writeNew(dir.resolve(file.fileName() + ".sealed"), sealed.bytes());
        }
        // the row that refers to these files commits only after both directories are durable
        PrivateFiles.forceDirectory(dir);
        PrivateFiles.forceDirectory(filesDir);
    }

    private List<OutboxEntry> select(String where, String... args) {
        List<OutboxEntry> found = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT seq, submission_id, tracking_number, state, matter_codes, bundle_code, masked_name, masked_id,
                  package_bytes, filed_at, attempts, last_error, acceptance_number, promised_date, rejection_code,
                  rejection_message, finished_at, first_tried_at, last_tried_at, strikes, refusals, struck_since,
                  set_aside_cause, exported_at FROM filing""" + " " + where + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new OutboxEntry(r.getLong(1), r.getString(2), r.getString(3),
                            OutboxState.valueOf(r.getString(4)), JSON.readValue(r.getString(5), STRINGS),
                            Optional.ofNullable(r.getString(6)), r.getString(7), r.getString(8), r.getLong(9),
                            Instant.parse(r.getString(10)), r.getInt(11), Optional.ofNullable(r.getString(12)),
                            Optional.ofNullable(r.getString(13)),
                            Optional.ofNullable(r.getString(14)).map(LocalDate::parse),
                            Optional.ofNullable(r.getString(15)), Optional.ofNullable(r.getString(16)),
                            instant(r, 17),
                            new OutboxEntry.Tries(instant(r, 18), instant(r, 19), r.getInt(20), r.getInt(21),
                                    instant(r, 22)),
                            setAside(r.getString(23), instant(r, 24))));
                }
            }
            db.commit();
            return found;
        } catch (SQLException | JsonProcessingException e) {
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    private static Optional<OutboxEntry.SetAside> setAside(String cause, Optional<Instant> exportedAt) {
        return Optional.ofNullable(cause).map(c -> new OutboxEntry.SetAside(SetAsideCause.valueOf(c), exportedAt));
    }

    private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getString(column)).map(Instant::parse);
    }

    private int update(String submissionId, String sql) {
        try (PreparedStatement u = db.prepareStatement(sql)) {
            u.setString(1, submissionId);
            int rows = u.executeUpdate();
            db.commit();
            return rows;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new OutboxException("cannot update filing " + submissionId, e);
        }
    }

    /** Removes directories of filings that never committed or were already acknowledged. */
    private void sweepLeftovers() throws SQLException, IOException {
        Set<String> keep;
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery(
                "SELECT submission_id FROM filing WHERE envelope IS NOT NULL")) {
            keep = new java.util.HashSet<>();
            while (r.next()) {
                keep.add(r.getString(1));
            }
            db.commit();
        }
        try (Stream<Path> dirs = Files.list(filesDir)) {
            for (Path dir : dirs.toList()) {
                if (!keep.contains(dir.getFileName().toString())) {
                    log.info("removing outbox files of {} left by an interrupted filing or deletion",
                            dir.getFileName());
                    deleteDirectory(dir);
                }
            }
        }
    }

    private void publish(OutboxEvent event) {
        for (Consumer<OutboxEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    private static void addColumnIfMissing(Statement s, String column) throws SQLException {
        String name = column.substring(0, column.indexOf(' '));
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pragma_table_info('filing') WHERE name = '" + name
                + "'")) {
            r.next();
            if (r.getInt(1) > 0) {
                return;
            }
        }
        s.execute("ALTER TABLE filing ADD COLUMN " + column);
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException e) {
            log.warn("outbox rollback failed: {}", e.getMessage());
        }
    }

    private static void deleteDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void closeQuietly(Connection db) {
        if (db == null) {
            return;
        }
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("closing the outbox database failed: {}", e.getMessage());
        }
    }

    /**
     * A pending filing as the worker sends it.
     *
     * @param signedManifest the {@code SignedManifest} JSON exactly as signed at filing time, sealed
     * @param fileNames      the material files, in manifest order
     */
    public record PendingPackage(String submissionId, SealedBody signedManifest, List<String> fileNames) {
        public PendingPackage {
            fileNames = List.copyOf(fileNames);
        }

        @Override
        public String toString() {
            return "PendingPackage[" + submissionId + ", " + fileNames.size() + " file(s)]";
        }
    }
}
