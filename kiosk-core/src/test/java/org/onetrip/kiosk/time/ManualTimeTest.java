package org.onetrip.kiosk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualTimeTest {

    private static final Instant START = Instant.parse("2026-11-21T00:00:00Z");
    private final ManualTime time = new ManualTime(START, ZoneOffset.UTC);

    @Test
    void runs_due_tasks_in_order_with_the_clock_at_their_due_time() {
        List<String> ran = new ArrayList<>();
        time.schedule(Duration.ofSeconds(2), () -> ran.add("b@" + time.clock().instant()));
        time.schedule(Duration.ofSeconds(1), () -> ran.add("a@" + time.clock().instant()));
        time.schedule(Duration.ofSeconds(5), () -> ran.add("late"));

        time.advance(Duration.ofSeconds(3));

        assertThat(ran).containsExactly("a@2026-11-21T00:00:01Z", "b@2026-11-21T00:00:02Z");
        assertThat(time.now()).isEqualTo(START.plusSeconds(3));
        assertThat(time.pendingTasks()).isEqualTo(1);
    }

    @Test
    void runs_tasks_that_tasks_schedule_within_the_same_advance() {
        List<Instant> ran = new ArrayList<>();
        time.schedule(Duration.ofSeconds(1), () -> {
            ran.add(time.now());
            time.schedule(Duration.ofSeconds(1), () -> ran.add(time.now()));
        });

        time.advance(Duration.ofSeconds(2));

        assertThat(ran).containsExactly(START.plusSeconds(1), START.plusSeconds(2));
    }

    @Test
    void a_cancelled_task_does_not_run() {
        List<String> ran = new ArrayList<>();
        ScheduledTask task = time.schedule(Duration.ofSeconds(1), () -> ran.add("x"));

        task.cancel();
        time.advance(Duration.ofSeconds(2));

        assertThat(ran).isEmpty();
    }

    @Test
    void rejects_negative_delays_and_steps() {
        assertThatThrownBy(() -> time.schedule(Duration.ofSeconds(-1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delay must be zero or positive, was PT-1S");
        assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
