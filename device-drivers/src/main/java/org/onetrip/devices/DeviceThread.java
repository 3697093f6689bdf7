package org.onetrip.devices;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;


/**
 * The one thread a reader does its I/O on. Requests run one at a time, in order; a
 * surprise thrown by a request completes its future exceptionally and leaves the thread
 * alive for the next one.
 */
public final class DeviceThread implements AutoCloseable {
    private final ScheduledExecutorService executor;

    public DeviceThread(String name) {
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new DeviceException("the reader is closed", e));
        }
        return result;
    }

    /** Runs {@code step} now and then again after each {@code delay} until the returned future is cancelled. */
    public java.util.concurrent.ScheduledFuture<?> repeat(Runnable step, java.time.Duration delay) {
        return executor.scheduleWithFixedDelay(step, 0, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs {@code last} on the thread, then stops it, waiting up to two seconds. */
    public void closeAfter(Runnable last) {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.execute(last);
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // already stopping: the last step ran or will never be needed
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closeAfter(() -> { });
    }
}
