package org.onetrip.kiosk.payment;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onetrip.kiosk.keys.PrivateFiles;

/**
 * The kiosk's payment orders, in its own SQLite database {@code DATA_DIR/payments.db} (WAL,
 * {@code synchronous=FULL}): an order is written before the platform hears of it and every change
 * of state is committed before the kiosk acts on it, so a power cut or a {@code kill -9} loses
 * nothing the {@link PaymentWorker} needs to finish it. No personal data; a payment code only
 * masked.
 *
 * <p>Thread-safe: every call is serialised on this object. Calls block on disk I/O (an fsync per
 * change); keep them off a UI thread.
 */
public final class PaymentLedger implements AutoCloseable {

    /** The database file under the data directory. */
    public static final String FILE_NAME = "payments.db";

    private static final String COLUMNS = "id, order_no, channel, purpose, payee, payee_code, item, item_code, "
            + "amount_fen, notice_number, service_code, state, masked_code, receipt_number, receipt_qr, created_at, "
            + "updated_at, paid_at, deadline, attempts, note";
    private static final char[] SUFFIX = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final Connection db;
    private final Clock clock;
    private final ZoneId zone;
    private final String prefix;
    private final SecureRandom random = new SecureRandom();

    private PaymentLedger(Connection db, Clock clock, ZoneId zone, String kioskId) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        String letters = kioskId.replaceAll("[^A-Za-z0-9]", "-");
        this.prefix = letters.length() > 16 ? letters.substring(letters.length() - 16) : letters;
    }

    /**
     * Opens (creating) the ledger in {@code dataDir}.
     *
     * @param kioskId begins every order number (its last 16 letters and digits)
     * @param zone    the kiosk's zone: an order's day is a local day there
     * @throws PaymentLedgerException when the database cannot be opened or created
     */
    public static PaymentLedger open(Path dataDir, String kioskId, Clock clock, ZoneId zone) {
        Objects.requireNonNull(kioskId, "kioskId");
        Connection db = null;
        try {
            PrivateFiles.createDirectory(dataDir);
            db = PrivateFiles.openDatabase(dataDir.resolve(FILE_NAME));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS payment_order (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          order_no TEXT NOT NULL UNIQUE,
                          channel TEXT NOT NULL, purpose TEXT NOT NULL,
                          payee TEXT NOT NULL, payee_code TEXT NOT NULL, item TEXT NOT NULL, item_code TEXT NOT NULL,
                          amount_fen INTEGER NOT NULL, notice_number TEXT, service_code TEXT,
                          state TEXT NOT NULL, masked_code TEXT, receipt_number TEXT, receipt_qr TEXT,
                          created_at TEXT NOT NULL, day TEXT NOT NULL, updated_at TEXT NOT NULL, paid_at TEXT,
                          deadline TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '')""");
                s.execute("CREATE INDEX IF NOT EXISTS payment_order_state ON payment_order(state)");
                s.execute("CREATE INDEX IF NOT EXISTS payment_order_day ON payment_order(day)");
                s.execute("CREATE TABLE IF NOT EXISTS payment_setting (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
            }
            db.setAutoCommit(true);
            return new PaymentLedger(db, clock, zone, kioskId);
        } catch (SQLException | IOException e) {
            if (db != null) {
                try {
                    db.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            throw new PaymentLedgerException("cannot open the payment ledger in " + dataDir, e);
        }
    }

    /**
     * Records a new order, {@link OrderState#CREATED}, under a new order number:
     * {@code KIOSK-YYYYMMDD-NNNNNN-XXX} (the kiosk, the day, a running number, and three random
     * letters, so that a kiosk whose database was replaced never reuses a number).
     */
    public synchronized KioskOrder record(PaymentChannel channel, PayableItem item, Instant deadline) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        long next = longQuery("SELECT coalesce(max(id), 0) + 1 FROM payment_order");
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            suffix.append(SUFFIX[random.nextInt(SUFFIX.length)]);
        }
        String orderNo = prefix + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-"
                + String.format(Locale.ROOT, "%06d", next) + "-" + suffix;
        update("INSERT INTO payment_order(order_no, channel, purpose, payee, payee_code, item, item_code, amount_fen, "
                        + "notice_number, service_code, state, created_at, day, updated_at, deadline) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                orderNo, channel.name(), item.purpose().name(), item.payee(), item.payeeCode(), item.item(),
                item.itemCode(), item.amountFen(), item.noticeNumber().orElse(null), item.serviceCode().orElse(null),
                OrderState.CREATED.name(), now.toString(), day.toString(), now.toString(), deadline.toString());
        return find(orderNo).orElseThrow();
    }

    public synchronized Optional<KioskOrder> find(String orderNo) {
        List<KioskOrder> found = query("SELECT " + COLUMNS + " FROM payment_order WHERE order_no = ?", orderNo);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every order not yet finished, oldest first. */
    public synchronized List<KioskOrder> unfinished() {
        return query("SELECT " + COLUMNS + " FROM payment_order WHERE state NOT IN ('DELIVERED','REFUNDED','CLOSED',"
                + "'CREDIT') ORDER BY id");
    }

    /** Every order of one local day, oldest first. */
    public synchronized List<KioskOrder> ofDay(LocalDate day) {
        return query("SELECT " + COLUMNS + " FROM payment_order WHERE day = ? ORDER BY id", day.toString());
    }

    /** Every order, oldest first. */
    public synchronized List<KioskOrder> all() {
        return query("SELECT " + COLUMNS + " FROM payment_order ORDER BY id");
    }

    /**
     * Moves the order to {@code to}, only from one of {@code from}: two hands (the checkout and the
     * worker) can never both act on one order.
     *
     * @return whether it moved
     */
    public synchronized boolean move(String orderNo, Set<OrderState> from, OrderState to, String note) {
        String states = String.join(",", from.stream().map(s -> "'" + s.name() + "'").toList());
        return update("UPDATE payment_order SET state = ?, note = ?, updated_at = ? WHERE order_no = ? AND state IN ("
                + states + ")", to.name(), note, clock.instant().toString(), orderNo) == 1;
    }

    /** The platform has the order; the kiosk waits for the payer until {@code deadline}. */
    public synchronized boolean awaiting(String orderNo, Instant deadline) {
        return update("UPDATE payment_order SET state = ?, deadline = ?, updated_at = ? WHERE order_no = ? "
                        + "AND state IN ('CREATED','AWAITING_PAYMENT')", OrderState.AWAITING_PAYMENT.name(),
                deadline.toString(), clock.instant().toString(), orderNo) == 1;
    }

    /** A payment code was sent: kept masked; the kiosk waits for its result until {@code deadline}. */
    public synchronized void codeSent(String orderNo, PaymentCode code, Instant deadline) {
        update("UPDATE payment_order SET masked_code = ?, deadline = ?, updated_at = ? WHERE order_no = ?",
                code.masked(), deadline.toString(), clock.instant().toString(), orderNo);
    }

    /**
     * The platform confirmed payment: {@link OrderState#PAID}, from any state before it (a paid
     * order that was being closed is paid all the same).
     *
     * @return whether it moved (false when it was already paid or further)
     */
    public synchronized boolean paid(String orderNo, Instant paidAt, Optional<PlatformContract.EReceipt> receipt) {
        return update("UPDATE payment_order SET state = ?, paid_at = ?, receipt_number = ?, receipt_qr = ?, "
                        + "note = 'paid', updated_at = ? WHERE order_no = ? "
                        + "AND state IN ('CREATED','AWAITING_PAYMENT','CANCELLING')", OrderState.PAID.name(),
                paidAt.toString(), receipt.map(PlatformContract.EReceipt::number).orElse(null),
                receipt.map(PlatformContract.EReceipt::verifyQr).orElse(null), clock.instant().toString(),
                orderNo) == 1;
    }

    /** One more try at the platform on the order's behalf (a cancel, a refund). */
    public synchronized void attempted(String orderNo, String note) {
        update("UPDATE payment_order SET attempts = attempts + 1, note = ?, updated_at = ? WHERE order_no = ?", note,
                clock.instant().toString(), orderNo);
    }

    /** The last platform notification the kiosk acted on; 0 before the first. */
    public synchronized long lastNotification() {
        List<String> found = strings("SELECT value FROM payment_setting WHERE name = 'last_notification'");
        return found.isEmpty() ? 0 : Long.parseLong(found.get(0));
    }

    public synchronized void notificationsSeen(long last) {
        update("INSERT INTO payment_setting(name, value) VALUES ('last_notification', ?) "
                + "ON CONFLICT(name) DO UPDATE SET value = excluded.value", Long.toString(last));
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new PaymentLedgerException("cannot close the payment ledger", e);
        }
    }

    private List<KioskOrder> query(String sql, Object... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, args);
            List<KioskOrder> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new KioskOrder(r.getLong(1), r.getString(2), PaymentChannel.valueOf(r.getString(3)),
                            PayableItem.Purpose.valueOf(r.getString(4)), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getLong(9), Optional.ofNullable(r.getString(10)),
                            Optional.ofNullable(r.getString(11)), OrderState.valueOf(r.getString(12)),
                            Optional.ofNullable(r.getString(13)), Optional.ofNullable(r.getString(14)),
                            Optional.ofNullable(r.getString(15)), Instant.parse(r.getString(16)),
                            Instant.parse(r.getString(17)), Optional.ofNullable(r.getString(18)).map(Instant::parse),
                            Instant.parse(r.getString(19)), r.getInt(20), r.getString(21)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new PaymentLedgerException("cannot read the payment ledger", e);
        }
    }

    private List<String> strings(String sql) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (r.next()) {
                found.add(r.getString(1));
            }
            return found;
        } catch (SQLException e) {
            throw new PaymentLedgerException("cannot read the payment ledger", e);
        }
    }

    private long longQuery(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new PaymentLedgerException("cannot write the payment ledger", e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
