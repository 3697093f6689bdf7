package org.onetrip.kiosk.supervision;

import org.onetrip.kiosk.keys.PrivateFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;

/**
 * Opens {@code DATA_DIR/kiosk.db}, the kiosk's own SQLite database for counters, the audit
 * journal and the maintenance lockout (the outbox keeps its own {@code outbox.db}). WAL mode,
 * {@code synchronous=FULL}: a row written is there after a power cut. Each store opens its
 * own connection; SQLite serialises the writers.
 */
public final class KioskDatabase {
    /** The file name in the data directory. */
    public static final String FILE_NAME = "kiosk.db";

    private KioskDatabase() {
    }

    /** A new connection to {@code kiosk.db} in {@code dataDir}, creating both when missing. */
    public static Connection connect(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Connection connection = PrivateFiles.openDatabase(file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            return connection;
        } catch (SQLException | IOException e) {
            throw new KioskDatabaseException("cannot open the kiosk database " + file + ": " + e.getMessage(), e);
        }
    }
}
