package org.onetrip.bench.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;

/**
 * `./onetrip bench --only outbox-drain`: a backlog of 1,000 filings handed over to the
 * reference backend on loopback by the one delivery worker, after the kiosk restarts.
 */
public final class OutboxDrainFigures implements Benchmark {

    private static final int FILINGS = 1_000;
    private static final int MATERIALS = 2;
    private static final int BYTES_EACH = 50 * 1024;

    @Override
    public String name() {
        return "outbox-drain";
    }

    @Override
    public String description() {
        return "A backlog of " + FILINGS + " filings (" + MATERIALS + " scans of " + BYTES_EACH / 1024
                + " KiB each) delivered by the worker to the reference backend on loopback HTTP: create, upload,"
                + " commit, acknowledge and wipe, from the kiosk's start until the outbox is empty.";
    }

    @Override
    public List<Figure> run() throws Exception {
        // the JDK HTTP server leaves Nagle on otherwise; every answer would wait for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path root = Files.createTempDirectory("onetrip-bench-drain");
        // the outbox's delivery logic is timed against the open test double: plain HTTP, no kiosk certificate
        ReferenceBackend backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(0, root.resolve("backend"));
        try {
            BackendConnection connection = BackendConnection.plain(backend.baseUri(), "SZ-NS-0001",
                    Duration.ofSeconds(15));
            SubmissionRuntime.Options options = BenchFilings.options(root, connection, backend);
            BenchFilings filings = new BenchFilings();
            try (SubmissionRuntime kiosk = SubmissionRuntime.start(options)) {
                BenchFilings.awaitSealingKey(kiosk);
                kiosk.worker().stop(Duration.ofSeconds(5));
                backend.goDown();
                for (int i = 0; i < FILINGS; i++) {
                    if (!(kiosk.desk().file(filings.next(MATERIALS, BYTES_EACH)) instanceof FilingOutcome.Filed)) {
                        throw new IllegalStateException("a filing was refused while building the backlog");
                    }
                }
            }
            backend.comeUp();

            long start = System.nanoTime();
            long bytes;
            try (SubmissionRuntime kiosk = SubmissionRuntime.start(options)) {
                CountDownLatch drained = new CountDownLatch(1);
                var subscription = kiosk.outbox().subscribe(event -> {
                    if (event.state() == OutboxState.ACKNOWLEDGED && kiosk.outbox().pendingCount() == 0) {
                        drained.countDown();
                    }
                });
                if (kiosk.outbox().pendingCount() > 0 && !drained.await(30, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the backlog did not drain in 30 minutes");
                }
                subscription.cancel();
                List<OutboxEntry> entries = kiosk.outbox().entries();
                if (entries.stream().anyMatch(e -> e.state() != OutboxState.ACKNOWLEDGED)) {
                    throw new IllegalStateException("not every filing was acknowledged");
                }
                bytes = entries.stream().mapToLong(OutboxEntry::packageBytes).sum();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String sample = FILINGS + " filings, " + String.format("%.1f", bytes / 1e6) + " MB of packages";
            double commits = durableCommitsPerSecond(root.resolve("commits.db"));
            return List.of(
                    new Figure("drain rate", FILINGS / seconds, "filings/s", sample),
                    new Figure("drain throughput", bytes / 1e6 / seconds, "MB/s", "package bytes before sealing"),
                    new Figure("backlog drained in", seconds, "s", sample),
                    new Figure("durable SQLite commits on this disk", commits, "commits/s",
                            "WAL, synchronous=FULL, one small row each; the drain makes about 6 per filing (kiosk:"
                                    + " uploading, acknowledged; backend: submission, 2 files, commit), so the disk"
                                    + " alone allows about " + Math.round(commits / 6) + " filings/s"));
        } finally {
            backend.stop();
            SubmitToReceiptFigures.deleteTree(root);
        }
    }

    /** How many durable commits a second this disk takes: the ceiling a delivery bound by fsync meets. */
    private static double durableCommitsPerSecond(Path file) throws java.sql.SQLException {
        int commits = 300;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE t (n INTEGER)");
            db.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 0; i < commits; i++) {
                s.execute("INSERT INTO t VALUES (" + i + ")");
                db.commit();
            }
            return commits / ((System.nanoTime() - start) / 1e9);
        }
    }
}
