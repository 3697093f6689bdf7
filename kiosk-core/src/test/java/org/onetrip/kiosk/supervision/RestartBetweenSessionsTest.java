package org.onetrip.kiosk.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.time.ManualTime;

class RestartBetweenSessionsTest {

    @TempDir
    Path data;

    private final ManualTime time = new ManualTime(Instant.parse("2026-12-08T03:30:00Z"), ZoneOffset.UTC);
    private final Value<SessionState> sessions = new Value<>(SessionState.NONE);
    private final AtomicInteger restarts = new AtomicInteger();

    private RestartBetweenSessions watching() {
        RestartBetweenSessions restart = new RestartBetweenSessions(data, sessions, time, Duration.ofSeconds(10),
                restarts::incrementAndGet);
        restart.start();
        return restart;
    }

    @Test
    void withoutARequestTheKioskKeepsRunning() {
        try (RestartBetweenSessions restart = watching()) {
            time.advance(Duration.ofMinutes(5));
            assertThat(restarts).hasValue(0);
        }
    }

    @Test
    void aRequestBetweenSessionsRestartsTheKioskOnceAndIsTakenAway() throws Exception {
        try (RestartBetweenSessions restart = watching()) {
            Files.createFile(data.resolve(RestartBetweenSessions.REQUEST_FILE));
            time.advance(Duration.ofSeconds(10));

            assertThat(restarts).hasValue(1);
            assertThat(data.resolve(RestartBetweenSessions.REQUEST_FILE)).doesNotExist();
            time.advance(Duration.ofMinutes(5));
            assertThat(restarts).hasValue(1);
        }
    }

    @Test
    void aRequestDuringASessionWaitsForItsEnd() throws Exception {
        try (RestartBetweenSessions restart = watching()) {
            sessions.set(SessionState.IN_USE);
            Files.createFile(data.resolve(RestartBetweenSessions.REQUEST_FILE));
            time.advance(Duration.ofMinutes(3));
            sessions.set(new SessionState.EndingSoon(20));
            time.advance(Duration.ofSeconds(15));
            assertThat(restarts).as("never while a citizen uses the kiosk").hasValue(0);

            sessions.set(SessionState.NONE);
            time.advance(Duration.ZERO);
            assertThat(restarts).as("as soon as the session ended").hasValue(1);
            assertThat(data.resolve(RestartBetweenSessions.REQUEST_FILE)).doesNotExist();
        }
    }

    @Test
    void closedItLooksNoMore() throws Exception {
        watching().close();
        Files.createFile(data.resolve(RestartBetweenSessions.REQUEST_FILE));
        time.advance(Duration.ofMinutes(1));
        assertThat(restarts).hasValue(0);
    }
}
