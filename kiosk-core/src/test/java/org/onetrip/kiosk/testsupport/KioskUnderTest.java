package org.onetrip.kiosk.testsupport;

import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ApprovalContract.SealingKeySet;
import org.onetrip.kiosk.backend.ApprovalContract.Jwk;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.config.KioskSettings;
import java.util.stream.Collectors;
import java.util.Set;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.submission.SubmissionRuntime;

/** Runtime options for tests: the reference backend on loopback, and back-off in milliseconds rather than minutes. */
public final class KioskUnderTest {

    private KioskUnderTest() {
    }

    /**
     * Options for a kiosk with its data in {@code dataDir} and its keys beside it, pinning the sealing key
     * {@code backend} publishes now (as an operator copies it into the configuration), or none when it is down.
     */
    public static SubmissionRuntime.Options options(Path dataDir, BackendConnection backend) {
        Set<String> pinned = new ApprovalBackendClient(backend).sealingKeys() instanceof CallOutcome.Ok<SealingKeySet> ok
                ? ok.value().keys().stream().limit(1).map(Jwk::kid).collect(Collectors.toSet()) : Set.of();
        return SubmissionRuntime.Options.defaults(dataDir, KioskSettings.keyDirectoryOf(dataDir), pinned, backend)
                .withRetry(new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(100), 2.0, new SplittableRandom(1)),
                        5, Duration.ofMillis(200))
                .withSpace(dir -> Long.MAX_VALUE, 0);
    }
}
