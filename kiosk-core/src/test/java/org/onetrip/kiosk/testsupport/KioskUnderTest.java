package org.onetrip.kiosk.testsupport;

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

    public static SubmissionRuntime.Options options(Path dataDir, BackendConnection backend) {
        return SubmissionRuntime.Options.defaults(dataDir, backend)
                .withRetry(new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(100), 2.0, new SplittableRandom(1)),
                        5, Duration.ofMillis(200))
                .withSpace(dir -> Long.MAX_VALUE, 0);
    }
}
