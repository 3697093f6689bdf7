package org.onetrip.kiosk.maintenance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.kiosk.supervision.KioskDatabase;
import org.onetrip.kiosk.supervision.KioskDatabaseException;

/**
 * Checks technician PINs against the salted PBKDF2 hashes of the configuration, and closes PIN
 * entry for {@link MaintenanceSettings#lockout()} after {@link MaintenanceSettings#maxWrongAttempts()}
 * wrong PINs in a row. The count and the lockout are kept in {@code kiosk.db}, so restarting the
 * kiosk (or pulling its plug) does not open the door to more guesses. Thread-safe.
 */
public final class PinCheck implements AutoCloseable {
    private final MaintenanceSettings settings;
    private final Clock clock;
    private final Connection db;

    private PinCheck(MaintenanceSettings settings, Clock clock, Connection db) {
        this.settings = settings;
        this.clock = clock;
        this.db = db;
    }

    /** Over {@code DATA_DIR/kiosk.db}. */
    public static PinCheck open(MaintenanceSettings settings, Path dataDir, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Connection db = KioskDatabase.connect(dataDir);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS pin_lockout(id INTEGER PRIMARY KEY CHECK (id = 1),"
                    + " wrong_in_a_row INTEGER NOT NULL, locked_until TEXT)");
            s.execute("INSERT OR IGNORE INTO pin_lockout(id, wrong_in_a_row, locked_until) VALUES (1, 0, NULL)");
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot create the PIN lockout table: " + e.getMessage(), e);
        }
        return new PinCheck(settings, clock, db);
    }

    /**
     * Checks a PIN, then clears the array. While locked out, the PIN is not checked at all and
     * the lockout does not grow.
     */
    public synchronized PinOutcome check(char[] pin) {
        Objects.requireNonNull(pin, "pin");
        try {
            Instant now = clock.instant();
            Optional<Instant> until = lockedUntil();
            if (until.isPresent() && now.isBefore(until.get())) {
                return new PinOutcome.LockedOut(until.get());
            }
            if (settings.acceptsPin(pin)) {
                store(0, null);
                return new PinOutcome.Accepted();
            }
            int wrong = wrongInARow() + 1;
            if (wrong >= settings.maxWrongAttempts()) {
                Instant lockedUntil = now.plus(settings.lockout());
                store(0, lockedUntil);
                return new PinOutcome.LockedOut(lockedUntil);
            }
            store(wrong, null);
            return new PinOutcome.Wrong(settings.maxWrongAttempts() - wrong);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** When PIN entry opens again, if it is closed now. */
    public synchronized Optional<Instant> lockedUntil() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT locked_until FROM pin_lockout WHERE id = 1")) {
            rs.next();
            String value = rs.getString(1);
            if (value == null) {
                return Optional.empty();
            }
            Instant until = Instant.parse(value);
            return clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the PIN lockout: " + e.getMessage(), e);
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

    /** Wrong PINs since the last right one or the last lockout. */
    private int wrongInARow() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT wrong_in_a_row FROM pin_lockout WHERE id = 1")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the PIN lockout: " + e.getMessage(), e);
        }
    }

    private void store(int wrong, Instant lockedUntil) {
        try (PreparedStatement u = db.prepareStatement("UPDATE pin_lockout SET wrong_in_a_row = ?, locked_until = ? WHERE id = 1")) {
            u.setInt(1, wrong);
            u.setString(2, lockedUntil == null ? null : lockedUntil.toString());
            u.executeUpdate();
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot write the PIN lockout: " + e.getMessage(), e);
        }
    }
}
