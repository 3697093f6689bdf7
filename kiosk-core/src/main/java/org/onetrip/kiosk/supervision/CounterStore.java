package org.onetrip.kiosk.supervision;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The kiosk's counters, kept in {@code kiosk.db} across restarts: cards read and failed reads by
 * reason, receipts and certificates printed, paper-outs, jams, submissions sent and rejected,
 * uptime and restarts. Every change is written at once in its own small transaction, so a
 * crash loses nothing already counted.
 *
 * <p>Device drivers count in memory since their start; {@link #absorb} turns their snapshots
 * into persisted totals named {@code <device>.<count>}. Thread-safe.
 */
public final class CounterStore implements AutoCloseable {
    public static final String STARTS = "kiosk.starts";
    public static final String RESTARTS = "kiosk.restarts";
    public static final String UNCLEAN_STOPS = "kiosk.uncleanStops";
    public static final String UPTIME_SECONDS = "kiosk.uptimeSeconds";

    private final Connection db;
    private final Clock clock;
    private final Map<String, Map<String, Long>> lastSeen = new HashMap<>();
    private Instant uptimeMark;

    private CounterStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens (creating) the counters in {@code DATA_DIR/kiosk.db}. */
    public static CounterStore open(Path dataDir, Clock clock) {
        Connection db = KioskDatabase.connect(dataDir);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS counter(name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS device_error_day(day TEXT NOT NULL, device TEXT NOT NULL,"
                    + " errors INTEGER NOT NULL, PRIMARY KEY(day, device))");
            s.execute("CREATE TABLE IF NOT EXISTS kiosk_run(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        } catch (SQLException e) {
            closeQuietly(db);
            throw new KioskDatabaseException("cannot create the counter tables: " + e.getMessage(), e);
        }
        return new CounterStore(db, Objects.requireNonNull(clock, "clock"));
    }

    public void increment(String name) {
        add(name, 1);
    }

    /** Adds {@code amount} (0 or more) to a counter. */
    public synchronized void add(String name, long amount) {
        requireName(name);
        if (amount < 0) {
            throw new IllegalArgumentException("a counter only grows; amount was " + amount + " for " + name);
        }
        if (amount == 0) {
            return;
        }
        update("INSERT INTO counter(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
                name, amount);
    }

    /** A counter's value; 0 when it never counted. */
    public synchronized long get(String name) {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM counter WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read counter " + name + ": " + e.getMessage(), e);
        }
    }

    /** Every counter, sorted by name. */
    public synchronized Map<String, Long> all() {
        Map<String, Long> all = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM counter")) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getLong(2));
            }
            return all;
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the counters: " + e.getMessage(), e);
        }
    }

    /** The counters of one device, without the device prefix. */
    public Map<String, Long> ofDevice(String device) {
        Map<String, Long> mine = new TreeMap<>();
        all().forEach((name, value) -> {
            if (name.startsWith(device + ".")) {
                mine.put(name.substring(device.length() + 1), value);
            }
        });
        return mine;
    }

    /**
     * Adds what a driver counted since the last snapshot of the same device. A count lower
     * than before means the driver started again; then all of it is new.
     */
    public synchronized void absorb(String device, Map<String, Long> driverCounts) {
        Map<String, Long> before = lastSeen.computeIfAbsent(device, d -> new HashMap<>());
        driverCounts.forEach((name, now) -> {
            long previous = before.getOrDefault(name, 0L);
            long delta = now >= previous ? now - previous : now;
            add(device + "." + name, delta);
            before.put(name, now);
        });
    }

    /** Counts one error of a device today (for the chart) and under {@code <device>.errors}. */
    public synchronized void recordError(String device) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        update("INSERT INTO device_error_day(day, device, errors) VALUES (?, ?, 1)"
                + " ON CONFLICT(day, device) DO UPDATE SET errors = errors + 1", today.toString(), device);
        add(device + ".errors", 1);
    }

    /** Errors per day over the last {@code days} days, oldest first, today last; days without errors count 0. */
    public synchronized List<DailyErrors> errorsByDay(String device, int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days must be 1 to 366, got " + days);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> found = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT day, errors FROM device_error_day WHERE device = ? AND day >= ? AND day <= ?")) {
            q.setString(1, device);
            q.setString(2, first.toString());
            q.setString(3, today.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(LocalDate.parse(rs.getString(1)), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the errors of " + device + ": " + e.getMessage(), e);
        }
        List<DailyErrors> chart = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            chart.add(new DailyErrors(day, found.getOrDefault(day, 0L)));
        }
        return chart;
    }

    /**
     * Records a start of the kiosk: {@code kiosk.starts}; {@code kiosk.restarts} when it ran
     * before; {@code kiosk.uncleanStops} when the previous run ended without {@link #recordStop()}.
     */
    public synchronized void recordStart() {
        boolean ranBefore = get(STARTS) > 0;
        boolean wasRunning = runValue("running").map("true"::equals).orElse(false);
        increment(STARTS);
        if (ranBefore) {
            increment(RESTARTS);
        }
        if (wasRunning) {
            increment(UNCLEAN_STOPS);
        }
        setRun("running", "true");
        setRun("startedAt", clock.instant().toString());
        uptimeMark = clock.instant();
    }

    /** Adds the time since the last call (or the start) to {@code kiosk.uptimeSeconds}; call it every minute or so. */
    public synchronized void recordUptime() {
        if (uptimeMark == null) {
            return;
        }
        Instant now = clock.instant();
        long seconds = Duration.between(uptimeMark, now).toSeconds();
        if (seconds > 0) {
            add(UPTIME_SECONDS, seconds);
            uptimeMark = uptimeMark.plusSeconds(seconds);
        }
    }

    /** Records a clean stop, with the uptime up to now. */
    public synchronized void recordStop() {
        recordUptime();
        setRun("running", "false");
        uptimeMark = null;
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    private java.util.Optional<String> runValue(String key) {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM kiosk_run WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot read the run record: " + e.getMessage(), e);
        }
    }

    private void setRun(String key, String value) {
        update("INSERT INTO kiosk_run(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement u = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                u.setObject(i + 1, args[i]);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw new KioskDatabaseException("cannot write the counters: " + e.getMessage(), e);
        }
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z][A-Za-z0-9_.-]{0,119}")) {
            throw new IllegalArgumentException("a counter name is 1 to 120 of A-Z a-z 0-9 _ . -, starting with a letter, got '"
                    + name + "'");
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
