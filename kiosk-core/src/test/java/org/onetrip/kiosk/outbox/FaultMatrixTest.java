package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.config.SetAsideSettings;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * Each fault of the reference backend, and what the kiosk must do about it: record why the
 * attempt failed, keep the filing pending, keep the worker alive, and once the fault is gone
 * deliver it exactly once. The set-aside limits are out of reach here: with six calls in ten
 * failing, a filing may well fail ten times in a row and be set aside ({@link SetAsideTest}).
 */
class FaultMatrixTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    @TempDir
    Path dir;

    private RunningBackend backend;
    private SubmissionRuntime kiosk;
    private OutboxWatch watch;

    @BeforeEach
    void start() {
        backend = new RunningBackend(dir.resolve("backend"));
        kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofMillis(700)))
                .withSetAside(new SetAsideRule(SetAsideSettings.MAX_FAILURES, SetAsideSettings.LONGEST_FAILING_FOR, 1000)));
        watch = new OutboxWatch(kiosk.outbox());
    }

    @AfterEach
    void stop() {
        watch.close();
        kiosk.close();
        backend.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("503 with a retryable body", FaultRule.always(FaultMode.FAIL), "503 UNAVAILABLE"),
                Arguments.of("500 with a retryable body", FaultRule.always(FaultMode.ERROR_500), "500 INTERNAL"),
                Arguments.of("an answer slower than the call time-out", FaultRule.slow(Duration.ofSeconds(2)),
                        "timed out"),
                Arguments.of("work done, connection reset", FaultRule.always(FaultMode.RESET), "connection lost"),
                Arguments.of("work done, half the JSON body", FaultRule.always(FaultMode.TRUNCATED_BODY),
                        "does not match the contract"),
                Arguments.of("work done, an HTML gateway page", FaultRule.always(FaultMode.WRONG_CONTENT_TYPE),
                        "without JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultDelaysTheFilingButNeverLosesOrDuplicatesIt(String fault, FaultRule rule, String expectedReason)
            throws Exception {
        backend.backend().faults().add(rule.onlyUnder(SUBMISSIONS));

        String id = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();

        assertThat(watch.awaitFailedAttempts(id, 2, Duration.ofSeconds(20))).isTrue();
        OutboxEntry failing = kiosk.outbox().entry(id).orElseThrow();
        assertThat(failing.state().pending()).isTrue();
        assertThat(failing.lastError()).hasValueSatisfying(reason -> assertThat(reason).contains(expectedReason));

        backend.backend().faults().clear();

        assertThat(watch.awaitState(id, OutboxState.ACKNOWLEDGED, Duration.ofSeconds(20))).isTrue();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId).containsExactly(id);
        assertThat(kiosk.outbox().entry(id).orElseThrow().acceptanceNumber())
                .contains(backend.filingsOf(ZHANG_WEI.idNumber()).get(0).acceptanceNumber());
    }

    @Test
    void aBackendThatIsDownRefusesConnectionsUntilItComesBack() throws Exception {
        backend.backend().goDown();

        String id = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();

        assertThat(watch.awaitFailedAttempts(id, 2, Duration.ofSeconds(20))).isTrue();
        assertThat(kiosk.outbox().entry(id).orElseThrow().lastError()).hasValueSatisfying(
                reason -> assertThat(reason).contains("cannot connect"));
        backend.backend().comeUp();
        assertThat(watch.awaitState(id, OutboxState.ACKNOWLEDGED, Duration.ofSeconds(20))).isTrue();
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).hasSize(1);
    }

    @Test
    void underAMixOfFaultsOnEveryCallAllFilingsArriveOnceAndInOrder() throws Exception {
        backend.backend().faults().set(List.of(
                FaultRule.always(FaultMode.FAIL).withProbability(0.2).onlyUnder(SUBMISSIONS),
                FaultRule.always(FaultMode.RESET).withProbability(0.15).onlyUnder(SUBMISSIONS),
                FaultRule.always(FaultMode.TRUNCATED_BODY).withProbability(0.15).onlyUnder(SUBMISSIONS),
                FaultRule.always(FaultMode.WRONG_CONTENT_TYPE).withProbability(0.1).onlyUnder(SUBMISSIONS)), 99);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            filed.add(((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId());
        }

        assertThat(watch.awaitDrained(Duration.ofSeconds(60))).isTrue();

        List<String> arrived = new ArrayList<>(backend.filingsOf(ZHANG_WEI.idNumber()).stream()
                .map(Filing::submissionId).toList());
        Collections.reverse(arrived);
        assertThat(arrived).containsExactlyElementsOf(filed);
        assertThat(kiosk.outbox().entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.ACKNOWLEDGED));
        assertThat(watch.events()).anySatisfy(e -> assertThat(e.detail()).isNotEmpty());
    }
}
