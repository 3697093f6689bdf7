package org.onetrip.kiosk.payment;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link PaymentScheduler} on one daemon thread of its own. */
public final class ExecutorPaymentScheduler implements PaymentScheduler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExecutorPaymentScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "payments");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void after(Duration delay, Runnable task) {
        try {
            executor.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("a payment task failed", e);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.info("payment task not run: the kiosk is stopping");
        }
    }

    /** Stops; waits up to 5 s for a task under way. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
