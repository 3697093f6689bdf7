package org.onetrip.kiosk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    private final ExecutorScheduler scheduler = new ExecutorScheduler(executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void runs_the_task_on_the_executor() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Thread[] runner = new Thread[1];

        scheduler.schedule(Duration.ZERO, () -> {
            runner[0] = Thread.currentThread();
            ran.countDown();
        });

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runner[0]).isNotSameAs(caller);
    }

    @Test
    void a_cancelled_task_leaves_the_queue() {
        executor.setRemoveOnCancelPolicy(true);
        ScheduledTask task = scheduler.schedule(Duration.ofHours(1), () -> { });
        assertThat(executor.getQueue()).hasSize(1);

        task.cancel();

        assertThat(executor.getQueue()).isEmpty();
    }

    @Test
    void rejects_a_negative_delay() {
        assertThatThrownBy(() -> scheduler.schedule(Duration.ofMillis(-1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delay must be zero or positive");
    }
}
