package org.onetrip.bench.submission;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;

/**
 * `./onetrip bench --only submit-to-receipt`: the citizen's "submit" until the receipt may
 * print, with the backend offline, so the durable outbox commit is all that is measured.
 */
public final class SubmitToReceiptFigures implements Benchmark {

    private static final int WARM_UP = 20;
    private static final int FILINGS = 200;
    private static final int MATERIALS = 2;
    private static final int BYTES_EACH = 200 * 1024;

    @Override
    public String name() {
        return "submit-to-receipt";
    }

    @Override
    public String description() {
        return "SubmissionDesk.file() to Filed (sign the manifest, encrypt, fsync the files, commit the SQLite row)"
                + " with the approval backend unreachable: " + FILINGS + " filings of " + MATERIALS + " scans of "
                + BYTES_EACH / 1024 + " KiB after " + WARM_UP + " warm-up filings, on the machine's own disk.";
    }

    @Override
    public List<Figure> run() throws Exception {
        Path data = Files.createTempDirectory("onetrip-bench-submit");
        // the kiosk meets its backend once (it learns the sealing key), then the backend goes: the worker's
        // attempts fail and back off, as in an outage
        ReferenceBackend backend = new ReferenceBackend();
        backend.start(0, data.resolve("backend"));
        BackendConnection offline = BackendConnection.plain(backend.baseUri(), "SZ-NS-0001", Duration.ofSeconds(5));
        BenchFilings filings = new BenchFilings();
        List<Long> nanos = new ArrayList<>();
        try (SubmissionRuntime kiosk = SubmissionRuntime.start(BenchFilings.options(data, offline, backend))) {
            BenchFilings.awaitSealingKey(kiosk);
            backend.stop();
            for (int i = 0; i < WARM_UP + FILINGS; i++) {
                var request = filings.next(MATERIALS, BYTES_EACH);
                long start = System.nanoTime();
                FilingOutcome outcome = kiosk.desk().file(request);
                long took = System.nanoTime() - start;
                if (!(outcome instanceof FilingOutcome.Filed)) {
                    throw new IllegalStateException("filing refused: " + outcome);
                }
                if (i >= WARM_UP) {
                    nanos.add(took);
                }
            }
        } finally {
            deleteTree(data);
        }
        Collections.sort(nanos);
        String sample = FILINGS + " filings, " + MATERIALS + " x " + BYTES_EACH / 1024 + " KiB";
        return List.of(
                new Figure("submit to receipt, median", BenchFilings.percentile(nanos, 0.5), "ms", sample),
                new Figure("submit to receipt, p95", BenchFilings.percentile(nanos, 0.95), "ms", sample),
                new Figure("submit to receipt, max", nanos.get(nanos.size() - 1) / 1e6, "ms", sample));
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
