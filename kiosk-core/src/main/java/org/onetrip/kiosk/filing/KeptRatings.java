package org.onetrip.kiosk.filing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onetrip.kiosk.supervision.KioskDatabase;
import org.onetrip.kiosk.supervision.KioskDatabaseException;

/**
 * Ratings not yet taken by the approval system, kept in {@code kiosk.db} so that a restart or a
 * power cut does not lose them. A rating holds no personal data: the filing's package id, the
 * score and the reason codes. Thread-safe.
 */
final class KeptRatings implements AutoCloseable {

    /** One kept rating, with the idempotency key it is always sent with. */
    record Kept(String ratingId, String submissionId, int score, List<String> reasons, Instant givenAt) {
        Kept {
            reasons = List.copyOf(reasons);
        }
    }

    private final Connection db;

    private KeptRatings(Connection db) {
        this.db = db;
    }

    static KeptRatings open(Path dataDirectory) {
        Connection db = KioskDatabase.connect(dataDirectory);
        try (Statement s = db.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS pending_rating(
                      rating_id TEXT PRIMARY KEY, submission_id TEXT NOT NULL, score INTEGER NOT NULL,
                      reasons TEXT NOT NULL, given_at TEXT NOT NULL)""");
            return new KeptRatings(db);
        } catch (SQLException e) {
            close(db);
            throw new KioskDatabaseException("cannot keep ratings in the kiosk database: " + e.getMessage(), e);
        }
    }

    synchronized void keep(Kept rating) {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT OR IGNORE INTO pending_rating(rating_id, submission_id, score, reasons, given_at)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, rating.ratingId());
            insert.setString(2, rating.submissionId());
            insert.setInt(3, rating.score());
            insert.setString(4, String.join(",", rating.reasons()));
            insert.setString(5, rating.givenAt().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot keep a rating: " + e.getMessage(), e);
        }
    }

    synchronized void forget(String ratingId) {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM pending_rating WHERE rating_id = ?")) {
            delete.setString(1, ratingId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot forget a rating: " + e.getMessage(), e);
        }
    }

    /** Every rating still to send, oldest first. */
    synchronized List<Kept> all() {
        List<Kept> kept = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT rating_id, submission_id, score, reasons, given_at"
                     + " FROM pending_rating ORDER BY given_at")) {
            while (rows.next()) {
                String reasons = rows.getString(4);
                kept.add(new Kept(rows.getString(1), rows.getString(2), rows.getInt(3),
                        reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                        Instant.parse(rows.getString(5))));
            }
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the kept ratings: " + e.getMessage(), e);
        }
        return kept;
    }

    @Override
    public synchronized void close() {
        close(db);
    }

    private static void close(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing is best effort: the rows are committed already
        }
    }
}
