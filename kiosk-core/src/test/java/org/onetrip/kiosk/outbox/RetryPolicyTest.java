package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    /** A random source that always answers the same fraction. */
    private static RandomGenerator fixed(double fraction) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }

    @Test
    void withTheHighestJitterTheDelayTriplesUntilTheCap() {
        RetryPolicy policy = new RetryPolicy(SECOND, FIVE_MINUTES, 3.0, fixed(1.0));
        List<Long> seconds = new ArrayList<>();
        Duration last = Duration.ZERO;
        for (int attempt = 1; attempt <= 8; attempt++) {
            last = policy.nextDelay(attempt, last);
            seconds.add(last.toSeconds());
        }
        assertThat(seconds).containsExactly(3L, 9L, 27L, 81L, 243L, 300L, 300L, 300L);
    }

    @Test
    void withTheLowestJitterTheDelayStaysAtTheInitialOne() {
        RetryPolicy policy = new RetryPolicy(SECOND, FIVE_MINUTES, 3.0, fixed(0.0));
        assertThat(policy.nextDelay(1, Duration.ZERO)).isEqualTo(SECOND);
        assertThat(policy.nextDelay(9, Duration.ofMinutes(4))).isEqualTo(SECOND);
    }

    @Test
    void everyDelayLiesBetweenTheInitialAndTheCapAndWithinThreeTimesTheLastOne() {
        RetryPolicy policy = new RetryPolicy(SECOND, FIVE_MINUTES, 3.0, new SplittableRandom(42));
        Duration last = Duration.ZERO;
        for (int attempt = 1; attempt <= 1_000; attempt++) {
            Duration next = policy.nextDelay(attempt, last);
            assertThat(next).isBetween(SECOND, FIVE_MINUTES);
            if (attempt > 1) {
                assertThat(next).isLessThanOrEqualTo(last.multipliedBy(3).plusNanos(1));
            }
            last = next;
        }
    }

    @Test
    void theSameSeedGivesTheSameDelaysAndKiosksWithOtherSeedsSpreadOut() {
        List<Duration> a = run(new SplittableRandom(7));
        List<Duration> b = run(new SplittableRandom(7));
        List<Duration> c = run(new SplittableRandom(8));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void nonsenseSettingsAreRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, FIVE_MINUTES, 3.0, fixed(0.5)))
                .hasMessageContaining("initial delay must be positive");
        assertThatThrownBy(() -> new RetryPolicy(FIVE_MINUTES, SECOND, 3.0, fixed(0.5)))
                .hasMessageContaining("shorter than the initial");
        assertThatThrownBy(() -> new RetryPolicy(SECOND, FIVE_MINUTES, 1.0, fixed(0.5)))
                .hasMessageContaining("more than 1");
        RetryPolicy policy = new RetryPolicy(SECOND, FIVE_MINUTES, 3.0, fixed(0.5));
        assertThatThrownBy(() -> policy.nextDelay(0, Duration.ZERO)).hasMessageContaining("counts from 1");
    }

    private static List<Duration> run(RandomGenerator random) {
        RetryPolicy policy = RetryPolicy.standard(random);
        List<Duration> delays = new ArrayList<>();
        Duration last = Duration.ZERO;
        for (int attempt = 1; attempt <= 10; attempt++) {
            last = policy.nextDelay(attempt, last);
            delays.add(last);
        }
        return delays;
    }
}
