package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;

/** A night-long outage in small: the backend is down while 100 filings are made, then comes back. */
class NightOutageTest {

    @TempDir
    Path dir;

    @Test
    void everyFilingMadeDuringTheOutageArrivesOnceAndInTheOrderItWasFiled() throws Exception {
        try (RunningBackend backend = new RunningBackend(dir.resolve("backend"));
             SubmissionRuntime kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"),
                     backend.connection(Duration.ofSeconds(2))));
             OutboxWatch watch = new OutboxWatch(kiosk.outbox())) {
            backend.backend().goDown();
            List<String> filed = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                FilingOutcome outcome = kiosk.desk().file(TestFilings.withFiles(ZHANG_WEI, 2, 1_000 + i));
                filed.add(((FilingOutcome.Filed) outcome).submissionId());
            }
            assertThat(watch.awaitFailedAttempts(filed.get(0), 3, Duration.ofSeconds(20))).isTrue();
            assertThat(kiosk.outbox().counts().get(OutboxState.ACKNOWLEDGED)).isZero();
            // strictly in order: nothing behind the first filing was tried while it could not go
            assertThat(kiosk.outbox().entries().subList(1, 100)).allSatisfy(e -> assertThat(e.attempts()).isZero());

            backend.backend().comeUp();

            assertThat(watch.awaitDrained(Duration.ofSeconds(60))).isTrue();
            List<Filing> filings = backend.filingsOf(ZHANG_WEI.idNumber());
            List<String> arrived = new ArrayList<>(filings.stream().map(Filing::submissionId).toList());
            Collections.reverse(arrived); // the backend lists newest first
            assertThat(arrived).containsExactlyElementsOf(filed);
            List<String> numbers = new ArrayList<>(filings.stream().map(Filing::acceptanceNumber).toList());
            Collections.reverse(numbers);
            assertThat(numbers).isSorted().doesNotHaveDuplicates();
            assertThat(kiosk.outbox().entries()).allSatisfy(e -> assertThat(e.state())
                    .isEqualTo(OutboxState.ACKNOWLEDGED));
        }
    }
}
