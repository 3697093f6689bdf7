package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.LIU_YAN;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;
import org.onetrip.kiosk.testsupport.ShiftableClock;

/**
 * A filing that keeps failing while the backend answers is set aside with its reason, and the
 * filings behind it go on; an outage sets nothing aside; set-aside state survives a restart and
 * the technician's retry puts the filing back into the queue.
 */
class SetAsideTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private RunningBackend backend;
    private SubmissionRuntime kiosk;
    private OutboxWatch watch;

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        backend.close();
    }

    private void start(SetAsideRule rule, ShiftableClock clock) {
        SubmissionRuntime.Options options = KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2))).withSetAside(rule);
        kiosk = SubmissionRuntime.start(clock == null ? options : options.withClock(clock));
        watch = new OutboxWatch(kiosk.outbox());
    }

    private String file(Applicant applicant) {
        return ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(applicant))).submissionId();
    }

    /**
     * Files with the worker stopped, and makes every upload of this filing's files fail with the
     * backend's 500 while everything else works; the caller starts the worker again.
     */
    private String fileFailing(Applicant applicant) {
        kiosk.worker().stop(Duration.ofSeconds(5));
        String id = file(applicant);
        backend.backend().faults().add(FaultRule.always(FaultMode.ERROR_500)
                .onlyUnder("/api/v1/submissions/" + id + "/files"));
        return id;
    }

    @Test
    void aFilingThatKeepsFailingIsSetAsideWithItsReasonAndTheFilingsBehindItArrive() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        start(new SetAsideRule(3, Duration.ofHours(24), 3), null);
        String stuck = fileFailing(ZHANG_WEI);
        String second = file(LIU_YAN);
        String third = file(ZHANG_WEI);
        kiosk.worker().start();

        assertThat(watch.awaitState(third, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();

        OutboxEntry aside = kiosk.outbox().entry(stuck).orElseThrow();
        assertThat(aside.state()).isEqualTo(OutboxState.SET_ASIDE);
        assertThat(aside.setAside()).hasValueSatisfying(a -> assertThat(a.cause()).isEqualTo(SetAsideCause.FAILED_TOO_OFTEN));
        // a probe that times out on a busy machine counts as an outage and starts the count again
        assertThat(aside.tries().strikes()).isEqualTo(3);
        assertThat(aside.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(aside.tries().first()).isPresent();
        assertThat(aside.tries().last()).hasValueSatisfying(last -> assertThat(last).isAfter(aside.tries().first().get()));
        assertThat(aside.lastError()).hasValueSatisfying(reason -> assertThat(reason).contains("500 INTERNAL"));
        assertThat(kiosk.outbox().entry(second).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(kiosk.outbox().setAside()).extracting(OutboxEntry::submissionId).containsExactly(stuck);
        assertThat(kiosk.outbox().pendingCount()).isZero();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId).containsExactly(third);
        assertThat(watch.events()).anySatisfy(event -> {
            assertThat(event.state()).isEqualTo(OutboxState.SET_ASIDE);
            assertThat(event.detail()).isEqualTo("FAILED_TOO_OFTEN");
        });
    }

    @Test
    void anOutageSetsNothingAsideHoweverOftenTheFilingFails() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        start(new SetAsideRule(2, Duration.ofHours(24), 1), null);
        backend.backend().goDown();

        String id = file(ZHANG_WEI);

        assertThat(watch.awaitFailedAttempts(id, 5, WAIT)).isTrue();
        OutboxEntry waiting = kiosk.outbox().entry(id).orElseThrow();
        assertThat(waiting.state().pending()).isTrue();
        assertThat(waiting.tries().strikes()).isZero();
        backend.backend().comeUp();
        assertThat(watch.awaitState(id, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).hasSize(1);
    }

    @Test
    void aFilingFailingLongerThanTheRuleAllowsIsSetAsideOnceTheClockHasMovedOn() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        ShiftableClock clock = new ShiftableClock();
        start(new SetAsideRule(1000, Duration.ofHours(1), 3), clock);
        String stuck = fileFailing(ZHANG_WEI);
        kiosk.worker().start();

        assertThat(watch.awaitFailedAttempts(stuck, 4, WAIT)).isTrue();
        assertThat(kiosk.outbox().entry(stuck).orElseThrow().state().pending()).isTrue();
        String behind = file(LIU_YAN);
        clock.shift(Duration.ofHours(1));

        assertThat(watch.awaitState(behind, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        assertThat(kiosk.outbox().entry(stuck).orElseThrow().setAside())
                .hasValueSatisfying(a -> assertThat(a.cause()).isEqualTo(SetAsideCause.FAILING_TOO_LONG));
    }

    @Test
    void aSetAsideFilingStaysAsideAcrossARestartUntilTheTechnicianRetriesIt() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        start(new SetAsideRule(2, Duration.ofHours(24), 2), null);
        String stuck = fileFailing(ZHANG_WEI);
        kiosk.worker().start();
        assertThat(watch.awaitState(stuck, OutboxState.SET_ASIDE, WAIT)).isTrue();
        OutboxEntry before = kiosk.outbox().entry(stuck).orElseThrow();
        watch.close();
        kiosk.close();
        backend.backend().faults().clear();

        start(new SetAsideRule(2, Duration.ofHours(24), 2), null);
        String after = file(LIU_YAN);
        assertThat(watch.awaitState(after, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();

        OutboxEntry reopened = kiosk.outbox().entry(stuck).orElseThrow();
        assertThat(reopened.state()).isEqualTo(OutboxState.SET_ASIDE);
        assertThat(reopened.setAside()).isEqualTo(before.setAside());
        assertThat(reopened.attempts()).isEqualTo(before.attempts());
        assertThat(reopened.tries()).isEqualTo(before.tries());
        assertThat(reopened.finishedAt()).isEqualTo(before.finishedAt());
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).isEmpty();

        assertThat(kiosk.outbox().requeue(stuck)).isTrue();
        kiosk.worker().wake();

        assertThat(watch.awaitState(stuck, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId).containsExactly(stuck);
        assertThat(kiosk.outbox().entry(stuck).orElseThrow().setAside()).isEmpty();
        assertThat(kiosk.outbox().requeue(after)).isFalse();
    }
}
