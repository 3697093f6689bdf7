package org.onetrip.kiosk.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clock and a {@link Scheduler} that move only when told to, for tests, demonstrations and
 * training: {@link #advance(Duration)} runs every task that falls due, in order, on the calling
 * thread, with the clock showing each task's due time while it runs.
 */
public final class ManualTime implements Scheduler {

    private final ZoneId zone;
    private final List<Pending> pending = new ArrayList<>();
    private Instant now;
    private long sequence;

    public ManualTime(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock that reads this manual time. */
    public Clock clock() {
        return new ManualClock(zone);
    }

    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized ScheduledTask schedule(Duration delay, Runnable task) {
        ExecutorScheduler.requireNotNegative(delay);
        Objects.requireNonNull(task, "task");
        Pending entry = new Pending(now.plus(delay), sequence++, task);
        pending.add(entry);
        return () -> cancel(entry);
    }

    /** How many tasks are waiting to fall due. */
    public synchronized int pendingTasks() {
        return pending.size();
    }

    /**
     * Moves time forward by {@code step}, running each task that falls due on the way.
     *
     * @param step zero or positive
     */
    public void advance(Duration step) {
        ExecutorScheduler.requireNotNegative(step);
        Instant target;
        synchronized (this) {
            target = now.plus(step);
        }
        Optional<Pending> due;
        while ((due = takeDue(target)).isPresent()) {
            // Run outside the lock: a task may schedule the next one.
            due.get().task().run();
        }
        synchronized (this) {
            now = target;
        }
    }

    private synchronized Optional<Pending> takeDue(Instant target) {
        Optional<Pending> next = pending.stream()
                .filter(entry -> !entry.due().isAfter(target))
                .min(Comparator.comparing(Pending::due).thenComparingLong(Pending::sequence));
        next.ifPresent(entry -> {
            pending.remove(entry);
            now = entry.due();
        });
        return next;
    }

    private synchronized void cancel(Pending entry) {
        pending.remove(entry);
    }

    private record Pending(Instant due, long sequence, Runnable task) {
    }

    private final class ManualClock extends Clock {
        private final ZoneId clockZone;

        ManualClock(ZoneId clockZone) {
            this.clockZone = clockZone;
        }

        @Override
        public ZoneId getZone() {
            return clockZone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ManualClock(other);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
