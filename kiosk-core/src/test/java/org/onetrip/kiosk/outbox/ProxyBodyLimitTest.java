package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.LIU_YAN;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.SetAsideSettings;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.NginxProxy;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * The hall's network puts nginx, as Debian ships it, in front of the approval system: its default
 * {@code client_max_body_size} of 1 MB refuses a 3 MB scan with 413 and its own HTML page. That one
 * filing is set aside after the standard three refusals, and the small filings behind it arrive.
 */
class ProxyBodyLimitTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private RunningBackend backend;
    private NginxProxy nginx;
    private SubmissionRuntime kiosk;
    private OutboxWatch watch;

    @BeforeEach
    void start() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        nginx = NginxProxy.inFrontOf(backend.backend().baseUri(), dir.resolve("nginx"));
        BackendConnection throughProxy = BackendConnection.plain(URI.create(nginx.uri() + "/api/v1/"),
                RunningBackend.KIOSK_ID, Duration.ofSeconds(10));
        kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"), throughProxy)
                .withSetAside(SetAsideRule.standard()));
        watch = new OutboxWatch(kiosk.outbox());
    }

    @AfterEach
    void stop() {
        watch.close();
        kiosk.close();
        nginx.close();
        backend.close();
    }

    @Test
    void aScanTooLargeForTheProxyIsSetAsideAndTheSmallFilingsBehindItArrive() throws Exception {
        kiosk.worker().stop(Duration.ofSeconds(5));
        String large = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.withFiles(ZHANG_WEI, 1, 3_000_000)))
                .submissionId();
        String small = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(LIU_YAN))).submissionId();
        String smaller = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.withFiles(ZHANG_WEI, 1, 500)))
                .submissionId();
        kiosk.worker().start();

        assertThat(watch.awaitState(smaller, OutboxState.ACKNOWLEDGED, WAIT)).as(nginx.errorLog()).isTrue();

        OutboxEntry aside = kiosk.outbox().entry(large).orElseThrow();
        assertThat(aside.state()).isEqualTo(OutboxState.SET_ASIDE);
        assertThat(aside.setAside()).hasValueSatisfying(a -> assertThat(a.cause()).isEqualTo(SetAsideCause.REFUSED_AS_SENT));
        assertThat(aside.tries().refusals()).isEqualTo(SetAsideSettings.DEFAULT_AFTER_REFUSALS);
        assertThat(aside.attempts()).isGreaterThanOrEqualTo(SetAsideSettings.DEFAULT_AFTER_REFUSALS);
        assertThat(aside.lastError()).hasValueSatisfying(reason -> assertThat(reason).contains("413"));
        assertThat(kiosk.outbox().entry(small).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(backend.filingsOf(LIU_YAN.idNumber())).extracting(Filing::submissionId).containsExactly(small);
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId).containsExactly(smaller);
        // nginx kept the body from the backend: the large file never arrived there
        assertThat(backend.client().submission(large).orElseThrow().receivedFiles()).isEmpty();
    }
}
