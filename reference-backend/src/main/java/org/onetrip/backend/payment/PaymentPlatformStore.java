package org.onetrip.backend.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.backend.store.StoreException;

/**
 * The reference platform's orders and notifications in {@code DATA_DIR/payment-platform.db} (SQLite,
 * WAL, {@code synchronous=FULL}): they survive a restart of the platform. Each order is one JSON row.
 * Thread-safe: every call is serialised on this object.
 */
final class PaymentPlatformStore implements AutoCloseable {

    static final String FILE_NAME = "payment-platform.db";

    /** One notification as the platform sent it. */
    record Notification(long seq, String orderNo, String event, String at) {
    }

    private final Connection db;
    private final ObjectMapper mapper;

    PaymentPlatformStore(Path dataDir, ObjectMapper mapper) {
        this.mapper = mapper;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE_NAME));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS orders (
                          kiosk_id TEXT NOT NULL, order_no TEXT NOT NULL, platform_order_id TEXT NOT NULL UNIQUE,
                          day TEXT NOT NULL, notice_number TEXT, body TEXT NOT NULL,
                          PRIMARY KEY (kiosk_id, order_no))""");
                s.execute("CREATE INDEX IF NOT EXISTS orders_day ON orders(kiosk_id, day)");
                s.execute("CREATE INDEX IF NOT EXISTS orders_notice ON orders(notice_number)");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS notifications (
                          seq INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL, order_no TEXT NOT NULL,
                          event TEXT NOT NULL, at TEXT NOT NULL)""");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the payment platform's database in " + dataDir, e);
        }
    }

    synchronized Optional<PlatformOrder> order(String kioskId, String orderNo) {
        return one("SELECT body FROM orders WHERE kiosk_id = ? AND order_no = ?", kioskId, orderNo);
    }

    synchronized Optional<PlatformOrder> byPlatformId(String platformOrderId) {
        return one("SELECT body FROM orders WHERE platform_order_id = ?", platformOrderId);
    }

    synchronized List<PlatformOrder> ofNotice(String noticeNumber) {
        return many("SELECT body FROM orders WHERE notice_number = ?", noticeNumber);
    }

    synchronized List<PlatformOrder> ofDay(String kioskId, String day) {
        return many("SELECT body FROM orders WHERE kiosk_id = ? AND day = ? ORDER BY order_no", kioskId, day);
    }

    synchronized void insert(PlatformOrder order, String day) {
        update("INSERT INTO orders(kiosk_id, order_no, platform_order_id, day, notice_number, body) VALUES (?,?,?,?,?,?)",
                order.kioskId(), order.orderNo(), order.platformOrderId(), day, order.noticeNumber(), json(order));
    }

    synchronized void save(PlatformOrder order) {
        update("UPDATE orders SET body = ? WHERE kiosk_id = ? AND order_no = ?", json(order), order.kioskId(),
                order.orderNo());
    }

    synchronized void notify(String kioskId, String orderNo, String event, String at) {
        update("INSERT INTO notifications(kiosk_id, order_no, event, at) VALUES (?,?,?,?)", kioskId, orderNo, event, at);
    }

    synchronized List<Notification> notifications(String kioskId, long after, int most) {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT seq, order_no, event, at FROM notifications WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            s.setString(1, kioskId);
            s.setLong(2, after);
            s.setInt(3, most);
            List<Notification> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Notification(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read notifications", e);
        }
    }

    synchronized long orderCount() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM orders")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count orders", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the payment platform's database", e);
        }
    }

    private String json(PlatformOrder order) {
        try {
            return mapper.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order did not serialise", e);
        }
    }

    private Optional<PlatformOrder> one(String sql, String... args) {
        List<PlatformOrder> found = many(sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<PlatformOrder> many(String sql, String... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            List<PlatformOrder> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(mapper.readValue(r.getString(1), PlatformOrder.class));
                }
            }
            return found;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read orders", e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write the payment platform's database", e);
        }
    }
}
