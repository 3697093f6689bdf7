package org.onetrip.kiosk.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.onetrip.kiosk.observable.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that empties the outbox: it hands over the oldest pending filing, and after
 * a failure waits as the {@link RetryPolicy} says, longer while the {@link CircuitBreaker} is
 * open. Filings go over in filing order. It wakes at once when a filing is queued and
 * waits on a condition otherwise, waking on its own only to keep the approval system's sealing
 * key current (every 10 minutes, every 30 s while it holds none). A failure of any kind,
 * including an unexpected exception, is recorded and retried; it never ends the thread.
 *
 * <p>After a failed attempt it asks the backend a plain question ({@link Delivery#backendAnswers}):
 * when it answers, the failure counts against the filing, and a filing that keeps failing is set
 * aside as the {@link SetAsideRule} says, so the filings behind it go on; when it does not, the
 * backend is out and no filing is blamed.
 */
public final class DeliveryWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Outbox outbox;
    private final Delivery delivery;
    private final RetryPolicy policy;
    private final CircuitBreaker breaker;
    private final SetAsideRule rule;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean woken;
    private boolean running;
    private Thread thread;
    private Subscription subscription;
    private int failuresInRow;
    private Duration lastDelay = Duration.ZERO;
    private Instant retryAt = Instant.MIN;

    public DeliveryWorker(Outbox outbox, Delivery delivery, RetryPolicy policy, CircuitBreaker breaker,
                          SetAsideRule rule, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts the thread; it begins with whatever is pending from before a restart. */
    public void start() {
        lock.lock();
        try {
            if (thread != null) {
                throw new IllegalStateException("the delivery worker is already started");
            }
            running = true;
            subscription = outbox.subscribe(event -> {
                if (event.state() == OutboxState.QUEUED) {
                    wake();
                }
            });
            thread = new Thread(this::run, "outbox-delivery");
            thread.setDaemon(true);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    /** Looks at the outbox again now; a back-off already under way still runs its course. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread, waiting up to {@code timeout} for an attempt under way to end. */
    public void stop(Duration timeout) {
        Thread t;
        lock.lock();
        try {
            running = false;
            changed.signalAll();
            t = thread;
            thread = null;
        } finally {
            lock.unlock();
        }
        if (subscription != null) {
            subscription.cancel();
        }
        if (t != null) {
            try {
                t.join(timeout.toMillis());
                if (t.isAlive()) {
                    t.interrupt();
                    t.join(timeout.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    /** The circuit's state, for the technician's screen. */
    public CircuitBreaker.State circuit() {
        return breaker.state();
    }

    private void run() {
        while (isRunning()) {
            try {
                delivery.keepSealingKeyCurrent();
                Optional<String> next = outbox.nextPending();
                if (next.isEmpty()) {
                    awaitChange(delivery.sealingKeyCheckIn());
                    continue;
                }
                Duration hold = longest(Duration.between(clock.instant(), retryAt), breaker.waitBeforeCall());
                if (!hold.isZero()) {
                    awaitChange(hold);
                    continue;
                }
                attempt(next.get());
            } catch (RuntimeException e) {
                // a disk or programming error: keep the thread, back off, try again
                log.error("delivery worker: unexpected {}: {}", e.getClass().getSimpleName(), e.getMessage());
                failed();
            }
        }
    }

    private void attempt(String submissionId) {
        DeliveryResult result;
        try {
            result = delivery.deliver(submissionId);
        } catch (RuntimeException e) {
            result = new DeliveryResult.TryLater("unexpected " + e.getClass().getSimpleName());
        }
        if (result instanceof DeliveryResult.Acknowledged ack) {
            outbox.acknowledge(submissionId, ack.acceptanceNumber(), ack.promisedDate());
            succeeded();
        } else if (result instanceof DeliveryResult.Rejected rejected) {
            outbox.reject(submissionId, rejected.code(), rejected.message());
            succeeded();
        } else if (result instanceof DeliveryResult.TryLater later) {
            AttemptFailure failure = blame(later);
            OutboxEntry entry = outbox.recordFailedAttempt(submissionId, later.reason(), failure);
            if (failure == AttemptFailure.UNREACHABLE) {
                failed();
                return;
            }
            Optional<SetAsideCause> cause = rule.verdict(entry.tries(), clock.instant());
            if (cause.isPresent() && outbox.setAside(submissionId, cause.get())) {
                succeeded();
            } else {
                // the backend answers, so the circuit stays closed; only the back-off grows
                breaker.recordSuccess();
                backOff();
            }
        }
    }

    /** Whether a failed attempt counts against the filing: only if the backend answers a plain question. */
    private AttemptFailure blame(DeliveryResult.TryLater later) {
        boolean answers;
        try {
            answers = delivery.backendAnswers();
        } catch (RuntimeException e) {
            answers = false;
        }
        if (!answers) {
            return AttemptFailure.UNREACHABLE;
        }
        return SetAsideRule.refusesTheRequest(later.status()) ? AttemptFailure.REFUSED : AttemptFailure.FAILED;
    }

    private void succeeded() {
        breaker.recordSuccess();
        failuresInRow = 0;
        lastDelay = Duration.ZERO;
        retryAt = Instant.MIN;
    }

    private void failed() {
        breaker.recordFailure();
        backOff();
    }

    private void backOff() {
        failuresInRow++;
        lastDelay = policy.nextDelay(failuresInRow, lastDelay);
        retryAt = clock.instant().plus(lastDelay);
        log.info("delivery: attempt {} failed, next in {} ms, circuit {}", failuresInRow, lastDelay.toMillis(),
                breaker.state());
    }

    private boolean isRunning() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a wake-up, a stop, or {@code limit}. */
    private void awaitChange(Duration limit) {
        lock.lock();
        try {
            long nanos = limit.toNanos();
            while (running && !woken && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static Duration longest(Duration a, Duration b) {
        Duration x = a.isNegative() ? Duration.ZERO : a;
        Duration y = b.isNegative() ? Duration.ZERO : b;
        return x.compareTo(y) >= 0 ? x : y;
    }
}
