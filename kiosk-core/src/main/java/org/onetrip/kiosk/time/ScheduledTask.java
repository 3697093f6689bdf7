package org.onetrip.kiosk.time;

/** A task waiting in a {@link Scheduler}. */
@FunctionalInterface
public interface ScheduledTask {

    /** Keeps the task from running if it has not started yet; harmless if it already ran. */
    void cancel();
}
