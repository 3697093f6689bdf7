package org.onetrip.kiosk.time;

import java.time.Duration;

/**
 * Runs a task once after a delay. The kiosk's models take a {@code Scheduler} together with a
 * {@link java.time.Clock}, so tests move time on instead of waiting for it.
 */
@FunctionalInterface
public interface Scheduler {

    /**
     * Runs {@code task} once, {@code delay} from now, on the scheduler's own thread. Never
     * blocks the caller.
     *
     * @param delay zero or positive
     * @return a handle that cancels the task if it has not started yet
     * @throws IllegalArgumentException if the delay is negative
     */
    ScheduledTask schedule(Duration delay, Runnable task);
}
