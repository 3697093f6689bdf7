package org.onetrip.kiosk.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link PaymentScheduler} that runs its tasks on the test's own thread when the test steps
 * its {@link ManualClock} forward: the rules' seconds pass without waiting for them.
 */
final class SteppedScheduler implements PaymentScheduler {

    private record Task(Instant at, long seq, Runnable run) {
    }

    private final ManualClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
            ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
    private final List<Duration> delays = new ArrayList<>();
    private long seq;

    SteppedScheduler(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        delays.add(delay);
        tasks.add(new Task(clock.instant().plus(delay), seq++, task));
    }

    /** Runs every task due within {@code step}, the clock set to each one's time, then to the end of the step. */
    void advance(Duration step) {
        Instant end = clock.instant().plus(step);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.at().isAfter(end)) {
                    break;
                }
                tasks.poll();
            }
            if (next.at().isAfter(clock.instant())) {
                clock.set(next.at());
            }
            next.run().run();
        }
        clock.set(end);
    }

    /** Runs what is due now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Steps {@code step} at a time until {@code done} or {@code most} has passed. */
    void advanceUntil(java.util.function.BooleanSupplier done, Duration step, Duration most) {
        Instant end = clock.instant().plus(most);
        runDue();
        while (!done.getAsBoolean() && clock.instant().isBefore(end)) {
            advance(step);
        }
    }

    /** Every delay asked for so far. */
    synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }
}
