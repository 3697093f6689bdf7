package org.onetrip.kiosk.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEvent;
import org.onetrip.kiosk.outbox.OutboxState;

/** Records an outbox's events and waits, without polling, until a condition over them or the outbox holds. */
public final class OutboxWatch implements AutoCloseable {

    private final Outbox outbox;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<OutboxEvent> events = new ArrayList<>();
    private final Subscription subscription;

    public OutboxWatch(Outbox outbox) {
        this.outbox = outbox;
        this.subscription = outbox.subscribe(event -> {
            lock.lock();
            try {
                events.add(event);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        });
    }

    public List<OutboxEvent> events() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code condition} holds, re-checking after each outbox event; false on time-out. */
    public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until nothing is pending. */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        return await(() -> outbox.pendingCount() == 0, timeout);
    }

    /** Waits until the filing has failed at least {@code attempts} times. */
    public boolean awaitFailedAttempts(String submissionId, int attempts, Duration timeout)
            throws InterruptedException {
        return await(() -> outbox.entry(submissionId).map(e -> e.attempts() >= attempts).orElse(false), timeout);
    }

    public boolean awaitState(String submissionId, OutboxState state, Duration timeout) throws InterruptedException {
        return await(() -> outbox.entry(submissionId).map(e -> e.state() == state).orElse(false), timeout);
    }

    @Override
    public void close() {
        subscription.cancel();
    }
}
