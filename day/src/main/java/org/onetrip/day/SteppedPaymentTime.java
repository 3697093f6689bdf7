package org.onetrip.day;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.onetrip.kiosk.payment.PaymentScheduler;

/**
 * The payments' own time in the day: a clock that moves only when the day steps it, and a
 * {@link PaymentScheduler} whose tasks run on the day's thread as it steps. A payment-code payment
 * that stays unknown for its 60 s costs the day no minute. Thread-safe.
 */
final class SteppedPaymentTime extends Clock implements PaymentScheduler {

    private record Task(Instant at, long seq, Runnable run) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
            ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
    private volatile Instant now;
    private long seq;

    SteppedPaymentTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        tasks.add(new Task(now.plus(delay), seq++, task));
    }

    /** Steps a second at a time, running what falls due, until {@code done} or {@code most} has passed. */
    boolean advanceUntil(BooleanSupplier done, Duration most) {
        Instant end = now.plus(most);
        runUntil(now);
        while (!done.getAsBoolean() && now.isBefore(end)) {
            runUntil(now.plusSeconds(1));
        }
        return done.getAsBoolean();
    }

    private void runUntil(Instant end) {
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.at().isAfter(end)) {
                    break;
                }
                tasks.poll();
                if (next.at().isAfter(now)) {
                    now = next.at();
                }
            }
            next.run().run();
        }
        synchronized (this) {
            if (end.isAfter(now)) {
                now = end;
            }
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the payments' time reads UTC");
    }
}
