package org.onetrip.backend.enrolment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Which kiosks the approval system knows: the one-time enrolment codes its operator issued, and
 * the certificates it gave kiosks, with their revocations. Kept in {@code DATA_DIR/enrolment.db}
 * (mode 0600), which {@code ./onetrip backend enrol-code} opens too, whether the backend runs or
 * not (SQLite in WAL mode serves both processes). Codes are kept only as SHA-256 digests;
 * certificates by the SHA-256 of their encoding.
 *
 * <p>A kiosk has at most one {@link Standing#CURRENT} certificate. Enrolling with a code makes the
 * new certificate current and revokes every other. A renewal's certificate is
 * {@link Standing#PENDING} until the kiosk first calls with it; that call makes it current and
 * revokes the one before, so an answer lost on the way never leaves a kiosk without a
 * certificate that works.
 *
 * <p>Thread-safe.
 */
public final class KioskRegistry implements AutoCloseable {

    /** How long an operator's code may wait to be used. */
    public static final Duration CODE_VALIDITY = Duration.ofHours(24);

    /** The database's name in the data directory. */
    public static final String FILE_NAME = "enrolment.db";
    // no 0/O, 1/I/L: a technician types it on a kiosk
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 16;

    /** Where a certificate stands. */
    public enum Standing {
        /** The kiosk's certificate: calls with it are served. */
        CURRENT,
        /** Issued by a renewal and not used yet; its first use makes it current. */
        PENDING,
        /** Revoked: by a later enrolment or renewal, or by the operator. */
        REVOKED,
        /** Past its end of validity. */
        EXPIRED,
        /** Never issued by this backend. */
        UNKNOWN
    }

    /** A one-time code, as the operator reads it out. */
    public record EnrolmentCode(String kioskId, String code, Instant expiresAt) {
        @Override
        public String toString() {
            return "EnrolmentCode[" + kioskId + ", expires " + expiresAt + "]";
        }
    }

    /** What a certificate is to the registry: the kiosk it was given to, and where it stands. */
    public record Known(String kioskId, Standing standing) {
    }

    private final Connection db;
    private final SecureRandom random = new SecureRandom();

    private KioskRegistry(Connection db) {
        this.db = db;
    }

    /**
     * Opens (creating it, mode 0600, when absent) the registry in {@code dataDir}.
     *
     * @throws IllegalStateException when the database cannot be opened
     */
    public static KioskRegistry open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file) && Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
                try {
                    Files.createFile(file,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another process created it first
                }
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA secure_delete=ON");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS enrolment_codes(
                          code_sha256 TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, issued_at TEXT NOT NULL,
                          expires_at_ms INTEGER NOT NULL, used_at TEXT)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS kiosk_certificates(
                          fingerprint TEXT PRIMARY KEY, serial TEXT NOT NULL, kiosk_id TEXT NOT NULL,
                          issued_at TEXT NOT NULL, not_after TEXT NOT NULL, standing TEXT NOT NULL,
                          revoked_at TEXT, revoked_because TEXT)""");
                s.execute("CREATE INDEX IF NOT EXISTS kiosk_certificates_by_kiosk ON kiosk_certificates(kiosk_id)");
            }
            return new KioskRegistry(db);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open the kiosk registry " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new one-time code for {@code kioskId}, valid for {@link #CODE_VALIDITY}: 16 characters in
     * groups of four, about 79 random bits. Shown once; only its digest is kept.
     */
    public synchronized EnrolmentCode issueCode(String kioskId, Instant now) {
        KioskIds.require(kioskId);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        Instant expires = now.plus(CODE_VALIDITY);
        try (PreparedStatement u = db.prepareStatement(
                "INSERT INTO enrolment_codes(code_sha256, kiosk_id, issued_at, expires_at_ms) VALUES (?, ?, ?, ?)")) {
            u.setString(1, digest(code.toString()));
            u.setString(2, kioskId);
            u.setString(3, now.toString());
            u.setLong(4, expires.toEpochMilli());
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the kiosk registry", e);
        }
        return new EnrolmentCode(kioskId, code.toString(), expires);
    }

    /**
     * Uses up a code: true only once, for the kiosk it was issued for, before it expires. Case,
     * spaces and dashes as typed do not matter.
     */
    public synchronized boolean redeem(String kioskId, String code, Instant now) {
        if (code == null || kioskId == null) {
            return false;
        }
        try (PreparedStatement u = db.prepareStatement("""
                UPDATE enrolment_codes SET used_at = ? WHERE code_sha256 = ? AND kiosk_id = ? AND used_at IS NULL
                  AND expires_at_ms > ?""")) {
            u.setString(1, now.toString());
            u.setString(2, digest(code));
            u.setString(3, kioskId);
            u.setLong(4, now.toEpochMilli());
            return u.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the kiosk registry", e);
        }
    }

    /** Records the certificate a kiosk enrolled with: it is current, and every other of the kiosk's is revoked. */
    public synchronized void enrolled(X509Certificate certificate, String kioskId, Instant now) {
        inTransaction(() -> {
            revokeAll(kioskId, null, now, "enrolled again");
            insert(certificate, kioskId, Standing.CURRENT, now);
        });
    }

    /**
     * Records a renewal's certificate as {@link Standing#PENDING}; an earlier renewal's that was
     * never used is revoked. The kiosk's current certificate stays current until the new one is used.
     */
    public synchronized void renewed(X509Certificate certificate, String kioskId, Instant now) {
        inTransaction(() -> {
            update("UPDATE kiosk_certificates SET standing = ?, revoked_at = ?, revoked_because = ?"
                            + " WHERE kiosk_id = ? AND standing = ?", Standing.REVOKED.name(), now.toString(),
                    "renewed again before use", kioskId, Standing.PENDING.name());
            insert(certificate, kioskId, Standing.PENDING, now);
        });
    }

    /**
     * Where the certificate stands at {@code now}. The first use of a {@link Standing#PENDING}
     * certificate makes it {@link Standing#CURRENT} and revokes the kiosk's earlier one.
     */
    public synchronized Known standing(X509Certificate certificate, Instant now) {
        String fingerprint = KioskAuthority.fingerprint(certificate);
        String kioskId;
        Standing standing;
        Instant notAfter;
        try (PreparedStatement q = db.prepareStatement(
                "SELECT kiosk_id, standing, not_after FROM kiosk_certificates WHERE fingerprint = ?")) {
            q.setString(1, fingerprint);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return new Known(null, Standing.UNKNOWN);
                }
                kioskId = r.getString(1);
                standing = Standing.valueOf(r.getString(2));
                notAfter = Instant.parse(r.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the kiosk registry", e);
        }
        if (standing == Standing.REVOKED) {
            return new Known(kioskId, Standing.REVOKED);
        }
        if (!now.isBefore(notAfter)) {
            return new Known(kioskId, Standing.EXPIRED);
        }
        if (standing == Standing.PENDING) {
            inTransaction(() -> {
                revokeAll(kioskId, fingerprint, now, "renewed");
                update("UPDATE kiosk_certificates SET standing = ? WHERE fingerprint = ?", Standing.CURRENT.name(),
                        fingerprint);
            });
        }
        return new Known(kioskId, Standing.CURRENT);
    }

    /**
     * Revokes every certificate of a kiosk: it is refused until it enrols again with a new code.
     *
     * @return how many certificates were revoked
     */
    public synchronized int revoke(String kioskId, Instant now) {
        return revokeAll(kioskId, null, now, "revoked by the operator");
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing: nothing left to keep
        }
    }

    private int revokeAll(String kioskId, String except, Instant now, String because) {
        return update("UPDATE kiosk_certificates SET standing = ?, revoked_at = ?, revoked_because = ?"
                        + " WHERE kiosk_id = ? AND standing <> ? AND fingerprint <> ?", Standing.REVOKED.name(),
                now.toString(), because, kioskId, Standing.REVOKED.name(), except == null ? "" : except);
    }

    private void insert(X509Certificate certificate, String kioskId, Standing standing, Instant now) {
        update("INSERT INTO kiosk_certificates(fingerprint, serial, kiosk_id, issued_at, not_after, standing)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", KioskAuthority.fingerprint(certificate),
                certificate.getSerialNumber().toString(16), kioskId, now.toString(),
                certificate.getNotAfter().toInstant().toString(), standing.name());
    }

    private void inTransaction(Runnable work) {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the kiosk registry", e);
        }
    }

    private int update(String sql, String... args) {
        try (PreparedStatement u = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                u.setString(i + 1, args[i]);
            }
            return u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the kiosk registry", e);
        }
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
