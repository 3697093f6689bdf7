package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.onetrip.kiosk.time.ManualTime;

class CircuitBreakerTest {

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofMinutes(2), time.clock());

    @Test
    void staysClosedBelowTheThreshold() {
        breaker.recordFailure();
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.waitBeforeCall()).isZero();
    }

    @Test
    void opensAfterTheThresholdAndLetsOneTrialThroughWhenThePeriodEnds() {
        for (int i = 0; i < 3; i++) {
            breaker.recordFailure();
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.waitBeforeCall()).isEqualTo(Duration.ofMinutes(2));

        time.advance(Duration.ofSeconds(90));
        assertThat(breaker.waitBeforeCall()).isEqualTo(Duration.ofSeconds(30));

        time.advance(Duration.ofSeconds(30));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.waitBeforeCall()).isZero();
    }

    @Test
    void aFailedTrialOpensItAgainForTheFullPeriodAndASuccessfulOneClosesIt() {
        for (int i = 0; i < 3; i++) {
            breaker.recordFailure();
        }
        time.advance(Duration.ofMinutes(2));
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.waitBeforeCall()).isEqualTo(Duration.ofMinutes(2));

        time.advance(Duration.ofMinutes(2));
        breaker.recordSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.failuresInRow()).isZero();
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
