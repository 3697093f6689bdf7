package org.onetrip.bench.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.nio.file.Path;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;

/** Filings as a citizen makes them: a shared test identity, a short form, scanned materials of a given size. */
final class BenchFilings {

    static final Applicant ZHANG_WEI =
            new Applicant("110101198503121239", "张伟", Optional.of(LocalDate.parse("2035-06-01")));

    private final SplittableRandom random = new SplittableRandom(20261121L);

    /** {@code materials} files of {@code bytesEach} bytes; the content is random, so it neither compresses nor repeats. */
    FilingRequest next(int materials, int bytesEach) {
        List<ScannedMaterial> scans = new ArrayList<>();
        for (int i = 1; i <= materials; i++) {
            byte[] content = new byte[bytesEach];
            random.nextBytes(content);
            System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
            scans.add(new ScannedMaterial("M-" + i, "material-" + i + ".pdf", 2, content));
        }
        return new FilingRequest(List.of("HUKOU-MOVE-IN"), Optional.empty(),
                Map.of("reason", "工作调动", "householdSize", 3, "phone", "13800000000"), ZHANG_WEI, scans,
                List.of(), List.of(), Instant.now());
    }

    static double percentile(List<Long> sortedNanos, double share) {
        int index = (int) Math.ceil(share * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }

    /**
     * Options for a bench kiosk whose data is under {@code root}, pinning the sealing key of {@code backend}
     * as an operator pins the approval system's.
     */
    static SubmissionRuntime.Options options(Path root, BackendConnection connection,
                                             org.onetrip.backend.ReferenceBackend backend) {
        return SubmissionRuntime.Options.defaults(root.resolve("kiosk"), root.resolve("kiosk-keys"),
                java.util.Set.of(backend.sealingKeys().current().kid()), connection);
    }

    /** Waits until the kiosk holds the backend's sealing key, which its worker asks for as it starts. */
    static void awaitSealingKey(SubmissionRuntime kiosk) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (kiosk.sealingKeys().current().isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the kiosk did not get the backend's sealing key in 60 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
