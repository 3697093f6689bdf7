package org.onetrip.backend.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.http.ReplyJournal;

/**
 * The backend's embedded SQLite database (WAL, full sync) in its data directory. One
 * connection, every method synchronized: the reference backend values plain correctness over
 * throughput. No table holds a raw ID number outside the stored manifest envelopes.
 */
public final class BackendStore implements ReplyJournal, AutoCloseable {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS kiosk_keys(
          kiosk_id TEXT NOT NULL, key_id TEXT NOT NULL, algorithm TEXT NOT NULL,
          public_key BLOB NOT NULL, enrolled_at TEXT NOT NULL, PRIMARY KEY(kiosk_id, key_id))""",
        """
        CREATE TABLE IF NOT EXISTS submissions(
          submission_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, manifest_sha256 TEXT NOT NULL,
          envelope BLOB NOT NULL, created_at TEXT NOT NULL, state TEXT NOT NULL, rejection_reason TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS submission_files(
          submission_id TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
          size INTEGER NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY(submission_id, file_name))""",
        """
        CREATE TABLE IF NOT EXISTS filings(
          seq INTEGER PRIMARY KEY AUTOINCREMENT, acceptance_number TEXT UNIQUE,
          submission_id TEXT NOT NULL UNIQUE, applicant_key TEXT NOT NULL, matters TEXT NOT NULL,
          bundle TEXT, committed_at TEXT NOT NULL, promised_date TEXT NOT NULL, top_up_due TEXT,
          tracking_number TEXT)""",
        "CREATE INDEX IF NOT EXISTS filings_by_applicant ON filings(applicant_key)",
        """
        CREATE TABLE IF NOT EXISTS certificates(
          verification_code TEXT PRIMARY KEY, type TEXT NOT NULL, kind TEXT NOT NULL,
          applicant_key TEXT NOT NULL, kiosk_id TEXT NOT NULL, session_ref TEXT,
          issued_at TEXT NOT NULL, state TEXT NOT NULL, printed_at TEXT, failure_reason TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS replies(
          kiosk_id TEXT NOT NULL, idem_key TEXT NOT NULL, route TEXT NOT NULL,
          request_sha256 TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT NOT NULL,
          body BLOB NOT NULL, PRIMARY KEY(kiosk_id, idem_key, route))""",
        """
        CREATE TABLE IF NOT EXISTS heartbeats(
          id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, received_at TEXT NOT NULL,
          body TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS ratings(
          id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, received_at TEXT NOT NULL,
          subject TEXT NOT NULL, score INTEGER NOT NULL, reason_codes TEXT NOT NULL, comment TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS consents(
          kiosk_id TEXT NOT NULL, session_ref TEXT NOT NULL, applicant_key TEXT NOT NULL,
          licence_type TEXT NOT NULL, granted_at TEXT NOT NULL, recorded_at TEXT NOT NULL,
          PRIMARY KEY(kiosk_id, session_ref, applicant_key, licence_type))""",
        "CREATE TABLE IF NOT EXISTS settings(name TEXT PRIMARY KEY, value BLOB NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS kiosk_unlocks(
          unlock_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, issued_at TEXT NOT NULL, delivered_at TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS journal_heads(
          kiosk_id TEXT NOT NULL, sequence INTEGER NOT NULL, hash TEXT NOT NULL, held_since TEXT NOT NULL,
          PRIMARY KEY(kiosk_id, sequence))""",
        """
        CREATE TABLE IF NOT EXISTS journal_reports(
          kiosk_id TEXT PRIMARY KEY, sequence INTEGER NOT NULL, hash TEXT NOT NULL, intact INTEGER NOT NULL,
          problem TEXT, broken_at INTEGER, state TEXT NOT NULL, received_at TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS journal_findings(
          id INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, found_at TEXT NOT NULL,
          state TEXT NOT NULL, detail TEXT NOT NULL)"""
    };

    private final Connection db;

    /** The database file in {@code dataDir}. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("backend.db");
    }

    /** Opens (creating if needed) {@code backend.db} in {@code dataDir}. */
    public BackendStore(Path dataDir) {
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + fileIn(dataDir));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // an acknowledged submission must survive a power cut
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
                addTrackingNumberColumn(s);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the backend database in " + dataDir, e);
        }
    }

    // ---- settings

    public synchronized Optional<byte[]> setting(String name) {
        return queryOne("SELECT value FROM settings WHERE name = ?", rs -> rs.getBytes(1), name);
    }

    /** Stores {@code value} unless the setting exists; returns the value in force. */
    public synchronized byte[] settingIfAbsent(String name, byte[] value) {
        update("INSERT OR IGNORE INTO settings(name, value) VALUES (?, ?)", name, value);
        return setting(name).orElseThrow();
    }

    // ---- kiosk keys

    public synchronized Optional<KioskKey> key(String kioskId, String keyId) {
        return queryOne("SELECT kiosk_id, key_id, algorithm, public_key, enrolled_at FROM kiosk_keys"
                        + " WHERE kiosk_id = ? AND key_id = ?",
                rs -> new KioskKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        Instant.parse(rs.getString(5))),
                kioskId, keyId);
    }

    public synchronized void insertKey(KioskKey key) {
        update("INSERT INTO kiosk_keys(kiosk_id, key_id, algorithm, public_key, enrolled_at) VALUES (?, ?, ?, ?, ?)",
                key.kioskId(), key.keyId(), key.algorithm(), key.publicKey(), key.enrolledAt().toString());
    }

    // ---- submissions and files

    public synchronized Optional<SubmissionRecord> submission(String submissionId) {
        return queryOne("SELECT submission_id, kiosk_id, manifest_sha256, envelope, created_at, state,"
                        + " rejection_reason FROM submissions WHERE submission_id = ?",
                rs -> new SubmissionRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        Instant.parse(rs.getString(5)), SubmissionState.valueOf(rs.getString(6)), rs.getString(7)),
                submissionId);
    }

    public synchronized void insertSubmission(SubmissionRecord s) {
        update("INSERT INTO submissions(submission_id, kiosk_id, manifest_sha256, envelope, created_at, state,"
                        + " rejection_reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                s.submissionId(), s.kioskId(), s.manifestSha256(), s.envelope(), s.createdAt().toString(),
                s.state().name(), s.rejectionReason());
    }

    public synchronized List<ReceivedFile> receivedFiles(String submissionId) {
        return query("SELECT file_name, sha256, size, received_at FROM submission_files"
                        + " WHERE submission_id = ? ORDER BY file_name",
                rs -> new ReceivedFile(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Instant.parse(rs.getString(4))),
                submissionId);
    }

    public synchronized void recordFile(String submissionId, ReceivedFile file) {
        update("INSERT OR IGNORE INTO submission_files(submission_id, file_name, sha256, size, received_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                submissionId, file.fileName(), file.sha256(), file.size(), file.receivedAt().toString());
    }

    public synchronized void reject(String submissionId, String reason) {
        update("UPDATE submissions SET state = ?, rejection_reason = ? WHERE submission_id = ? AND state = ?",
                SubmissionState.REJECTED.name(), reason, submissionId, SubmissionState.OPEN.name());
    }

    /**
     * Commits a submission in one transaction: the filing row gets the next sequence number,
     * {@code numbering} turns it into the acceptance number, and the submission is marked
     * committed. A second call for the same submission returns the existing filing.
     */
    public synchronized FilingRecord commit(NewFiling filing, LongFunction<String> numbering) {
        Optional<FilingRecord> existing = filingOf(filing.submissionId());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            db.setAutoCommit(false);
            try {
                long seq;
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO filings(submission_id, applicant_key, matters, bundle, committed_at,"
                                + " promised_date, top_up_due, tracking_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(insert, filing.submissionId(), filing.applicantKey(), String.join(",", filing.matterCodes()),
                            filing.bundleCode(), filing.committedAt().toString(), filing.promisedDate().toString(),
                            filing.topUpDue() == null ? null : filing.topUpDue().toString(), filing.trackingNumber());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        seq = keys.getLong(1);
                    }
                }
                bindAndRun("UPDATE filings SET acceptance_number = ? WHERE seq = ?", numbering.apply(seq), seq);
                bindAndRun("UPDATE submissions SET state = ? WHERE submission_id = ?",
                        SubmissionState.COMMITTED.name(), filing.submissionId());
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot commit submission", e);
        }
        return filingOf(filing.submissionId()).orElseThrow();
    }

    /** A database from before filings carried the kiosk's tracking number gets the column, empty. */
    private static void addTrackingNumberColumn(Statement s) throws SQLException {
        try (ResultSet columns = s.executeQuery("PRAGMA table_info(filings)")) {
            while (columns.next()) {
                if (columns.getString("name").equals("tracking_number")) {
                    return;
                }
            }
        }
        s.execute("ALTER TABLE filings ADD COLUMN tracking_number TEXT");
    }

    public synchronized Optional<FilingRecord> filingOf(String submissionId) {
        return queryOne(FILING_SELECT + " WHERE submission_id = ?", BackendStore::filing, submissionId);
    }

    public synchronized List<FilingRecord> filingsOfApplicant(String applicantKey) {
        return query(FILING_SELECT + " WHERE applicant_key = ? ORDER BY seq DESC", BackendStore::filing, applicantKey);
    }

    private static final String FILING_SELECT = "SELECT seq, acceptance_number, submission_id, matters, bundle,"
            + " committed_at, promised_date, top_up_due, tracking_number FROM filings";

    private static FilingRecord filing(ResultSet rs) throws SQLException {
        String matters = rs.getString(4);
        String topUp = rs.getString(8);
        return new FilingRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                matters.isEmpty() ? List.of() : Arrays.asList(matters.split(",")), rs.getString(5),
                Instant.parse(rs.getString(6)), LocalDate.parse(rs.getString(7)),
                topUp == null ? null : LocalDate.parse(topUp), rs.getString(9));
    }

    // ---- certificates

    public synchronized void insertCertificate(CertificateRecord c, String applicantKey, String sessionRef) {
        update("INSERT INTO certificates(verification_code, type, kind, applicant_key, kiosk_id, session_ref,"
                        + " issued_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                c.verificationCode(), c.type(), c.kind(), applicantKey, c.kioskId(), sessionRef,
                c.issuedAt().toString(), c.state().name());
    }

    public synchronized Optional<CertificateRecord> certificate(String verificationCode) {
        return queryOne("SELECT verification_code, type, kind, kiosk_id, issued_at, state, printed_at, failure_reason"
                        + " FROM certificates WHERE verification_code = ?",
                rs -> new CertificateRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5)), CertificateState.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : Instant.parse(rs.getString(7)), rs.getString(8)),
                verificationCode);
    }

    public synchronized void markCertificate(String verificationCode, CertificateState state, Instant printedAt,
                                             String failureReason) {
        update("UPDATE certificates SET state = ?, printed_at = ?, failure_reason = ? WHERE verification_code = ?",
                state.name(), printedAt == null ? null : printedAt.toString(), failureReason, verificationCode);
    }

    // ---- kiosk reports

    public synchronized void insertHeartbeat(String kioskId, Instant receivedAt, String body) {
        update("INSERT INTO heartbeats(kiosk_id, received_at, body) VALUES (?, ?, ?)",
                kioskId, receivedAt.toString(), body);
    }

    /**
     * The operator's remote unlock of a kiosk's technician PIN lockout, waiting for its next
     * heartbeat; one waiting already is replaced.
     */
    public synchronized void insertUnlock(String unlockId, String kioskId, Instant issuedAt) {
        update("DELETE FROM kiosk_unlocks WHERE kiosk_id = ? AND delivered_at IS NULL", kioskId);
        update("INSERT INTO kiosk_unlocks(unlock_id, kiosk_id, issued_at) VALUES (?, ?, ?)",
                unlockId, kioskId, issuedAt.toString());
    }

    /** The kiosk's waiting remote unlock, marked delivered as it is handed out: each goes out once. */
    public synchronized Optional<PendingUnlock> takeUnlock(String kioskId, Instant now) {
        Optional<PendingUnlock> pending = queryOne("SELECT unlock_id, issued_at FROM kiosk_unlocks"
                + " WHERE kiosk_id = ? AND delivered_at IS NULL", rs -> new PendingUnlock(rs.getString(1),
                Instant.parse(rs.getString(2))), kioskId);
        pending.ifPresent(unlock -> update("UPDATE kiosk_unlocks SET delivered_at = ? WHERE unlock_id = ?",
                now.toString(), unlock.unlockId()));
        return pending;
    }

    /** A remote unlock not yet delivered. */
    public record PendingUnlock(String unlockId, Instant issuedAt) {
    }

    public synchronized long insertRating(String kioskId, Instant receivedAt, String subject, int score,
                                          List<String> reasonCodes, String comment) {
        update("INSERT INTO ratings(kiosk_id, received_at, subject, score, reason_codes, comment)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                kioskId, receivedAt.toString(), subject, score, String.join(",", reasonCodes), comment);
        return queryOne("SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    public synchronized void recordConsent(String kioskId, String sessionRef, String applicantKey,
                                           String licenceType, Instant grantedAt, Instant recordedAt) {
        update("INSERT OR IGNORE INTO consents(kiosk_id, session_ref, applicant_key, licence_type, granted_at,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                kioskId, sessionRef, applicantKey, licenceType, grantedAt.toString(), recordedAt.toString());
    }

    // ---- kiosk journals: the heads each kiosk reported, its last report, what was found

    /** The furthest head held for a kiosk's journal: its anchor. */
    public synchronized Optional<JournalPoint> heldHead(String kioskId) {
        return queryOne("SELECT sequence, hash, held_since FROM journal_heads WHERE kiosk_id = ? ORDER BY sequence DESC"
                + " LIMIT 1", BackendStore::journalPoint, kioskId);
    }

    /** The head held for a kiosk's journal at one sequence number, if it was ever reported. */
    public synchronized Optional<JournalPoint> heldAt(String kioskId, long sequence) {
        return queryOne("SELECT sequence, hash, held_since FROM journal_heads WHERE kiosk_id = ? AND sequence = ?",
                BackendStore::journalPoint, kioskId, sequence);
    }

    /** How many heads are held for a kiosk's journal. */
    public synchronized long heldCount(String kioskId) {
        return queryOne("SELECT count(*) FROM journal_heads WHERE kiosk_id = ?", rs -> rs.getLong(1), kioskId).orElse(0L);
    }

    /** Holds a head; one already held at that sequence stays as it was. */
    public synchronized void hold(String kioskId, JournalPoint head) {
        update("INSERT OR IGNORE INTO journal_heads(kiosk_id, sequence, hash, held_since) VALUES (?, ?, ?, ?)",
                kioskId, head.sequence(), head.hash(), head.since().toString());
    }

    /** Keeps a kiosk's latest journal report in place of the one before. */
    public synchronized void saveJournalReport(String kioskId, JournalReportRecord report) {
        update("INSERT OR REPLACE INTO journal_reports(kiosk_id, sequence, hash, intact, problem, broken_at, state,"
                        + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                kioskId, report.sequence(), report.hash(), report.intact() ? 1 : 0, report.problem(), report.brokenAt(),
                report.state(), report.receivedAt().toString());
    }

    public synchronized Optional<JournalReportRecord> journalReport(String kioskId) {
        return queryOne("SELECT sequence, hash, intact, problem, broken_at, state, received_at FROM journal_reports"
                        + " WHERE kiosk_id = ?",
                rs -> {
                    long brokenAt = rs.getLong(5);
                    return new JournalReportRecord(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                            rs.wasNull() ? null : brokenAt, rs.getString(6), Instant.parse(rs.getString(7)));
                },
                kioskId);
    }

    /** Every kiosk that reported a journal, by id. */
    public synchronized List<String> kiosksWithJournals() {
        return query("SELECT kiosk_id FROM journal_reports ORDER BY kiosk_id", rs -> rs.getString(1));
    }

    public synchronized void addJournalFinding(String kioskId, JournalFinding finding) {
        update("INSERT INTO journal_findings(kiosk_id, found_at, state, detail) VALUES (?, ?, ?, ?)",
                kioskId, finding.foundAt().toString(), finding.state(), finding.detail());
    }

    /** A kiosk's journal findings, newest first. */
    public synchronized List<JournalFinding> journalFindings(String kioskId, int most) {
        return query("SELECT found_at, state, detail FROM journal_findings WHERE kiosk_id = ? ORDER BY id DESC LIMIT ?",
                rs -> new JournalFinding(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3)), kioskId, most);
    }

    private static JournalPoint journalPoint(ResultSet rs) throws SQLException {
        return new JournalPoint(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)));
    }

    // ---- idempotent replies

    @Override
    public synchronized Optional<StoredReply> find(String kioskId, String idempotencyKey, String routeName) {
        return queryOne("SELECT request_sha256, status, content_type, body FROM replies"
                        + " WHERE kiosk_id = ? AND idem_key = ? AND route = ?",
                rs -> new StoredReply(rs.getString(1), new Reply(rs.getInt(2), rs.getString(3), rs.getBytes(4))),
                kioskId, idempotencyKey, routeName);
    }

    @Override
    public synchronized void save(String kioskId, String idempotencyKey, String routeName, StoredReply reply) {
        update("INSERT OR REPLACE INTO replies(kiosk_id, idem_key, route, request_sha256, status, content_type, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                kioskId, idempotencyKey, routeName, reply.requestSha256(), reply.reply().status(),
                reply.reply().contentType(), reply.reply().body());
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the backend database", e);
        }
    }

    // ---- JDBC plumbing

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    private <T> Optional<T> queryOne(String sql, Row<T> row, Object... args) {
        List<T> rows = query(sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private void update(String sql, Object... args) {
        try {
            bindAndRun(sql, args);
        } catch (SQLException e) {
            throw new StoreException("update failed: " + sql, e);
        }
    }

    private void bindAndRun(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
