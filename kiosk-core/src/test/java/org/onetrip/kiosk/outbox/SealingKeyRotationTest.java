package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRefused;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;
import org.onetrip.kiosk.submission.TestFilings;

/**
 * The approval system rotates its sealing key while filings wait in a kiosk's outbox: nothing queued is
 * lost, the kiosk seals to the new key once its configuration pins it, and never to a key it does not pin.
 */
class SealingKeyRotationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private RunningBackend backend;
    private SubmissionRuntime kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void filingsQueuedUnderTheOldKeyAreDeliveredAfterARotationAndNewOnesUseTheNewKey() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        String oldKey = backend.backend().sealingKeys().current().kid();
        SubmissionRuntime.Options pinsOld = KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2)));
        kiosk = SubmissionRuntime.start(pinsOld);
        kiosk.worker().stop(Duration.ofSeconds(5));
        String before = filed();

        String newKey = backend.backend().sealingKeys().rotate().kid();
        // the kiosk still pins only the old key: it keeps sealing to it, which the backend still opens
        assertThat(kiosk.sealingKeys().check(kiosk.client())).isTrue();
        String between = filed();
        assertThat(sealedTo(between)).isEqualTo(oldKey);
        kiosk.close();

        // the technician's configuration now pins the new key too: the next check takes it
        kiosk = SubmissionRuntime.start(new SubmissionRuntime.Options(pinsOld.kioskId(), pinsOld.dataDirectory(),
                pinsOld.keyDirectory(), Set.of(oldKey, newKey), pinsOld.backend(), pinsOld.zone(),
                pinsOld.reserveBytes(), pinsOld.space(), pinsOld.retry(), pinsOld.breakerFailures(),
                pinsOld.breakerOpenFor(), pinsOld.setAside(), pinsOld.clock()));
        try (OutboxWatch watch = new OutboxWatch(kiosk.outbox())) {
            assertThat(watch.awaitDrained(WAIT)).isTrue();
            kiosk.sealingKeys().check(kiosk.client());
            String after = filed();
            assertThat(sealedTo(after)).isEqualTo(newKey);
            assertThat(watch.awaitState(after, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
            assertThat(sealedTo(before)).isEqualTo(oldKey);
            assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).hasSize(3);
        }
    }

    @Test
    void aKioskThatPinsNoKeyTheBackendPublishesTakesNoFiling() {
        backend = new RunningBackend(dir.resolve("backend"));
        SubmissionRuntime.Options options = KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2)));
        kiosk = SubmissionRuntime.start(new SubmissionRuntime.Options(options.kioskId(), options.dataDirectory(),
                options.keyDirectory(), Set.of("n0t-the-backends-key-0000000000000000000000"), options.backend(),
                options.zone(), options.reserveBytes(), options.space(), options.retry(), options.breakerFailures(),
                options.breakerOpenFor(), options.setAside(), options.clock()));

        FilingOutcome outcome = kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI));

        assertThat(outcome).isInstanceOfSatisfying(FilingOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FilingRefused.NO_SEALING_KEY));
        assertThat(kiosk.outbox().entries()).isEmpty();
    }

    private String filed() {
        return ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();
    }

    private String sealedTo(String submissionId) {
        return kiosk.outbox().sealingKeyOf(submissionId).orElseThrow();
    }
}
