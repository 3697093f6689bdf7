package org.onetrip.bench.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.JournalKey;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.maintenance.JournalHead;

/**
 * `./onetrip bench --only journal`: what the sealed audit journal costs the kiosk: one entry written (committed in
 * SQLite with full sync, its head written down beside the key), the whole journal checked at 100,000 entries (at
 * start, on the maintenance screen, by {@code audit verify}), and a heartbeat's check of the entries since.
 */
public final class JournalFigures implements Benchmark {

    private static final int RECORDS = 100;
    private static final int ENTRIES = 100_000;
    private static final int CHECKS = 5;
    private static final String DETAIL = "finished after 143 s; journeys: FILE_APPLICATION, PRINT_CERTIFICATE";

    @Override
    public String name() {
        return "journal";
    }

    @Override
    public String description() {
        return "The sealed audit journal (HMAC-SHA256, SQLite WAL with full sync): median time to write one entry ("
                + RECORDS + " entries), to check the whole journal at " + ENTRIES + " entries (" + CHECKS
                + " checks), and a heartbeat's check of 10 new entries after a full one.";
    }

    @Override
    public List<Figure> run() throws Exception {
        Path root = Files.createTempDirectory("onetrip-bench-journal-");
        Path data = root.resolve("data");
        List<Figure> figures = new ArrayList<>();
        try (AuditJournal journal = AuditJournal.open(data, Clock.systemUTC())) {
            List<Long> writes = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                long start = System.nanoTime();
                journal.record("citizen", AuditAction.SESSION_ENDED, DETAIL);
                writes.add(System.nanoTime() - start);
            }
            figures.add(median("write one entry", writes, RECORDS + " entries; a commit with full sync and the head"
                    + " written down durably beside the key"));
            fill(data, journal.head(), ENTRIES - RECORDS - 1);
            List<Long> checks = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                long start = System.nanoTime();
                ChainVerdict verdict = journal.verify();
                checks.add(System.nanoTime() - start);
                if (!verdict.intact()) {
                    throw new IllegalStateException("the benchmark's journal is " + verdict.describe());
                }
            }
            figures.add(median("check " + ENTRIES + " entries", checks, CHECKS + " full checks, warm"));
            for (int i = 0; i < 10; i++) {
                journal.record("citizen", AuditAction.SESSION_ENDED, DETAIL);
            }
            long start = System.nanoTime();
            journal.verifyTail();
            figures.add(new Figure("heartbeat check of 10 new entries", (System.nanoTime() - start) / 1e6, "ms",
                    "after a full check of " + ENTRIES));
        } finally {
            delete(root);
        }
        return figures;
    }

    /** Entries sealed under the journal's own key in one transaction: what a year of sessions would have written. */
    private static void fill(Path data, JournalHead after, int count) throws Exception {
        JournalKey key = JournalKey.read(KioskSettings.keyDirectoryOf(data).resolve(JournalKey.FILE_NAME));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"))) {
            db.setAutoCommit(false);
            String previous = after.hash();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (long seq = after.sequence() + 1; seq <= after.sequence() + count; seq++) {
                    Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq * 300);
                    String seal = key.seal(previous, new AuditEntry(seq, at, "citizen", AuditAction.SESSION_ENDED, DETAIL,
                            previous, previous).canonical());
                    insert.setLong(1, seq);
                    insert.setString(2, at.toString());
                    insert.setString(3, "citizen");
                    insert.setString(4, AuditAction.SESSION_ENDED.name());
                    insert.setString(5, DETAIL);
                    insert.setString(6, previous);
                    insert.setString(7, seal);
                    insert.addBatch();
                    previous = seal;
                }
                insert.executeBatch();
            }
            db.commit();
        }
        // the kiosk wrote these itself: its head is theirs
        try (AuditJournal reopened = AuditJournal.open(data, Clock.systemUTC())) {
            reopened.record("citizen", AuditAction.SESSION_ENDED, DETAIL);
        }
    }

    private static Figure median(String name, List<Long> nanos, String how) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Figure(name, sorted.get(sorted.size() / 2) / 1e6, "ms", how + "; min "
                + String.format("%.1f", sorted.get(0) / 1e6) + " ms, max "
                + String.format("%.1f", sorted.get(sorted.size() - 1) / 1e6) + " ms");
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
