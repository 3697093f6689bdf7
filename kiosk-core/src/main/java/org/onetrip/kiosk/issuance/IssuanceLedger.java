package org.onetrip.kiosk.issuance;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuance ledger: one row per certificate this kiosk asked the backend for, in its own
 * SQLite database {@code DATA_DIR/issuance.db} (WAL, {@code synchronous=FULL}, so a recorded
 * print survives a power cut). Rows hold no personal data in the clear: the holder is a keyed
 * hash, the rest are codes, states and times.
 *
 * <p>At open, a row left mid-way by a crash or power cut before its print (requested or
 * rendered) becomes {@link IssuanceState#FAILED} with reason {@code INTERRUPTED}. A row left
 * {@link IssuanceState#SENT_TO_PRINTER} stays so, not counted, until the printer says what became
 * of its job ({@link LeftoverPrintJobs}): a certificate is never counted as issued on a guess.
 *
 * <p>Thread-safe: every call is serialised on this object. Calls block on disk I/O (an fsync per
 * change); keep them off a UI thread.
 */
public final class IssuanceLedger implements AutoCloseable {

    /** The database file under the data directory. */
    public static final String FILE_NAME = "issuance.db";

    private static final Logger log = LoggerFactory.getLogger(IssuanceLedger.class);

    private final Connection db;
    private final Clock clock;
    private final ZoneId zone;

    private IssuanceLedger(Connection db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Opens (creating) the ledger in {@code dataDir}.
     *
     * @param zone the kiosk's zone: a "day" for the daily limits is a local day there
     * @throws IssuanceLedgerException when the database cannot be opened or created
     */
    public static IssuanceLedger open(Path dataDir, Clock clock, ZoneId zone) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Connection db = null;
        try {
            PrivateFiles.createDirectory(dataDir);
            db = PrivateFiles.openDatabase(dataDir.resolve(FILE_NAME));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS issuance (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          issue_key TEXT NOT NULL UNIQUE,
                          verification_code TEXT UNIQUE,
                          type_code TEXT NOT NULL,
                          holder_key TEXT NOT NULL,
                          state TEXT NOT NULL,
                          pages INTEGER,
                          attempts INTEGER NOT NULL DEFAULT 0,
                          last_failure TEXT,
                          report TEXT NOT NULL DEFAULT 'NONE',
                          report_attempts INTEGER NOT NULL DEFAULT 0,
                          report_error TEXT,
                          requested_at TEXT NOT NULL,
                          updated_at TEXT NOT NULL,
                          printed_at TEXT,
                          printed_day TEXT)""");
                s.execute("CREATE INDEX IF NOT EXISTS issuance_limit ON issuance(holder_key, type_code, printed_day)");
                s.execute("CREATE INDEX IF NOT EXISTS issuance_report ON issuance(report)");
            }
            db.setAutoCommit(false);
            IssuanceLedger ledger = new IssuanceLedger(db, clock, zone);
            ledger.failInterrupted();
            return ledger;
        } catch (SQLException | IOException e) {
            if (db != null) {
                try {
                    db.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            throw new IssuanceLedgerException("cannot open the issuance ledger in " + dataDir, e);
        }
    }

    /**
     * Records that the backend is being asked for a certificate. A retry with the same issue key
     * finds the same row (and its verification code, when the backend already answered once).
     *
     * @throws IllegalStateException when the row under this key is already printed: a new copy needs a new key
     */
    public synchronized LedgerEntry request(String issueKey, String typeCode, String holderKey) {
        Optional<LedgerEntry> existing = byIssueKey(issueKey);
        if (existing.isPresent()) {
            if (existing.get().state().isPrinted()) {
                throw new IllegalStateException("issue key " + issueKey + " already printed; a new copy needs a new key");
            }
            return existing.get();
        }
        String now = clock.instant().toString();
        update("INSERT INTO issuance(issue_key, type_code, holder_key, state, requested_at, updated_at) "
                + "VALUES (?,?,?,?,?,?)", issueKey, typeCode, holderKey, IssuanceState.REQUESTED.name(), now, now);
        return byIssueKey(issueKey).orElseThrow();
    }

    /** The backend issued: its verification code belongs to this row from now on. */
    public synchronized void issued(long id, String verificationCode) {
        update("UPDATE issuance SET verification_code = ?, updated_at = ? WHERE id = ?", verificationCode,
                clock.instant().toString(), id);
    }

    /** The document is ready to print. */
    public synchronized void rendered(long id, int pages) {
        update("UPDATE issuance SET state = ?, pages = ?, updated_at = ? WHERE id = ?", IssuanceState.RENDERED.name(),
                pages, clock.instant().toString(), id);
    }

    /** The document goes to the printer now; counts an attempt. */
    public synchronized void sentToPrinter(long id) {
        update("UPDATE issuance SET state = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?",
                IssuanceState.SENT_TO_PRINTER.name(), clock.instant().toString(), id);
    }

    /**
     * The printer reported the job completed. The backend is to be told.
     *
     * @return {@link IssuanceState#PRINTED}, or {@link IssuanceState#REPRINTED} after an earlier failed attempt
     */
    public synchronized IssuanceState printed(long id) {
        LedgerEntry entry = entry(id).orElseThrow(() -> new IllegalArgumentException("no ledger row " + id));
        IssuanceState state = entry.attempts() > 1 || entry.lastFailure().isPresent()
                ? IssuanceState.REPRINTED : IssuanceState.PRINTED;
        Instant now = clock.instant();
        update("UPDATE issuance SET state = ?, report = ?, report_attempts = 0, report_error = NULL, printed_at = ?, "
                        + "printed_day = ?, updated_at = ? WHERE id = ?", state.name(), BackendReport.PRINTED_DUE.name(),
                now.toString(), LocalDate.ofInstant(now, zone).toString(), now.toString(), id);
        return state;
    }

    /**
     * It did not print, or will not. When the backend issued it, the backend is to be told.
     *
     * @param reason a code for the technician, e.g. {@code PRINTER:MEDIA_JAM}; never personal data
     */
    public synchronized void failed(long id, String reason) {
        LedgerEntry entry = entry(id).orElseThrow(() -> new IllegalArgumentException("no ledger row " + id));
        if (entry.state().isPrinted()) {
            throw new IllegalStateException("ledger row " + id + " is already printed");
        }
        BackendReport report = entry.verificationCode().isPresent() ? BackendReport.FAILED_DUE : BackendReport.NONE;
        update("UPDATE issuance SET state = ?, last_failure = ?, report = ?, report_attempts = 0, report_error = NULL, "
                + "updated_at = ? WHERE id = ?", IssuanceState.FAILED.name(), reason, report.name(),
                clock.instant().toString(), id);
    }

    /** Rows handed to the printer whose outcome is not known yet (left by an earlier run), oldest first. */
    public synchronized List<LedgerEntry> awaitingPrinter() {
        return select("WHERE state = 'SENT_TO_PRINTER' ORDER BY id");
    }

    /** Rows whose outcome the backend still has to be told, oldest first. */
    public synchronized List<LedgerEntry> reportsDue() {
        return select("WHERE report IN ('PRINTED_DUE','FAILED_DUE') ORDER BY id");
    }

    /** The backend acknowledged the report of {@code report} (a due state); a newer outcome stays due. */
    public synchronized void reported(long id, BackendReport report) {
        update("UPDATE issuance SET report = 'SENT', report_error = NULL, updated_at = ? WHERE id = ? AND report = ?",
                clock.instant().toString(), id, report.name());
    }

    /** A report did not go through this time; it stays due. */
    public synchronized void reportDeferred(long id, String error) {
        update("UPDATE issuance SET report_attempts = report_attempts + 1, report_error = ?, updated_at = ? WHERE id = ?",
                error, clock.instant().toString(), id);
    }

    /** The backend refused a report for good. */
    public synchronized void reportRefused(long id, BackendReport report, String errorCode) {
        update("UPDATE issuance SET report = 'REFUSED', report_error = ?, updated_at = ? WHERE id = ? AND report = ?",
                errorCode, clock.instant().toString(), id, report.name());
    }

    /** How many certificates of this type were printed for this holder on the kiosk's current local day. */
    public synchronized int printedToday(String holderKey, String typeCode) {
        String today = LocalDate.ofInstant(clock.instant(), zone).toString();
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM issuance WHERE holder_key = ? "
                + "AND type_code = ? AND printed_day = ? AND state IN ('PRINTED','REPRINTED')")) {
            q.setString(1, holderKey);
            q.setString(2, typeCode);
            q.setString(3, today);
            try (ResultSet r = q.executeQuery()) {
                int count = r.next() ? r.getInt(1) : 0;
                db.commit();
                return count;
            }
        } catch (SQLException e) {
            throw new IssuanceLedgerException("cannot count today's certificates", e);
        }
    }

    public synchronized Optional<LedgerEntry> entry(long id) {
        return select("WHERE id = " + id).stream().findFirst();
    }

    public synchronized Optional<LedgerEntry> byVerificationCode(String code) {
        try (PreparedStatement q = db.prepareStatement(SELECT + " WHERE verification_code = ?")) {
            q.setString(1, code);
            return rows(q).stream().findFirst();
        } catch (SQLException e) {
            throw new IssuanceLedgerException("cannot read the issuance ledger", e);
        }
    }

    /** Every row, newest first, for the maintenance screen. */
    public synchronized List<LedgerEntry> entries() {
        return select("ORDER BY id DESC");
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("closing the issuance ledger failed: {}", e.getMessage());
        }
    }

    private static final String SELECT = "SELECT id, issue_key, verification_code, type_code, holder_key, state, pages, "
            + "attempts, last_failure, report, report_error, requested_at, printed_at FROM issuance";

    private void failInterrupted() throws SQLException {
        List<LedgerEntry> open = select("WHERE state IN ('REQUESTED','RENDERED')");
        for (LedgerEntry entry : open) {
            failed(entry.id(), "INTERRUPTED");
        }
        if (!open.isEmpty()) {
            log.warn("{} certificate(s) were mid-way when the kiosk stopped; recorded as failed", open.size());
        }
    }

    private Optional<LedgerEntry> byIssueKey(String issueKey) {
        try (PreparedStatement q = db.prepareStatement(SELECT + " WHERE issue_key = ?")) {
            q.setString(1, issueKey);
            return rows(q).stream().findFirst();
        } catch (SQLException e) {
            throw new IssuanceLedgerException("cannot read the issuance ledger", e);
        }
    }

    private List<LedgerEntry> select(String where) {
        try (PreparedStatement q = db.prepareStatement(SELECT + " " + where)) {
            return rows(q);
        } catch (SQLException e) {
            throw new IssuanceLedgerException("cannot read the issuance ledger", e);
        }
    }

    private List<LedgerEntry> rows(PreparedStatement q) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                int pages = r.getInt("pages");
                boolean noPages = r.wasNull();
                String printedAt = r.getString("printed_at");
                entries.add(new LedgerEntry(r.getLong("id"), r.getString("issue_key"),
                        Optional.ofNullable(r.getString("verification_code")), r.getString("type_code"),
                        r.getString("holder_key"), IssuanceState.valueOf(r.getString("state")),
                        noPages ? Optional.empty() : Optional.of(pages), r.getInt("attempts"),
                        Optional.ofNullable(r.getString("last_failure")), BackendReport.valueOf(r.getString("report")),
                        Optional.ofNullable(r.getString("report_error")), Instant.parse(r.getString("requested_at")),
                        Optional.ofNullable(printedAt).map(Instant::parse)));
            }
        }
        db.commit();
        return entries;
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is failing already
            }
            throw new IssuanceLedgerException("cannot write the issuance ledger", e);
        }
    }
}
