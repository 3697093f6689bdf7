package org.onetrip.devices;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;


/**
 * The one thread a device does its I/O on. Requests run one at a time, in order; a
 * surprise thrown by a request completes its future exceptionally and leaves the thread
 * alive for the next one. Every future this thread hands out completes: a request still
 * waiting (or delayed) when the thread closes completes exceptionally with a
 * {@link DeviceException} saying the device was closed.
 */
public final class DeviceThread implements AutoCloseable {
    private final ScheduledExecutorService executor;
    /** Futures handed out and not yet complete. */
    private final java.util.Set<CompletableFuture<?>> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public DeviceThread(String name) {
        ScheduledThreadPoolExecutor single = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        // a cancelled or still-delayed step must not keep a closing thread waiting for its time
        single.setRemoveOnCancelPolicy(true);
        single.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = single;
    }

    /** Runs {@code work} on the thread after the requests before it; its future always completes (see the class). */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = tracked();
        try {
            executor.execute(() -> run(work, result));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new DeviceException("the device is closed", e));
        }
        return result;
    }

    /**
     * Runs {@code work} on the thread once {@code delay} has passed. The future completes with
     * its result, exceptionally with what it threw, or exceptionally with a
     * {@link DeviceException} when the thread closes before the delay has passed.
     */
    public <T> CompletableFuture<T> submitAfter(Callable<T> work, java.time.Duration delay) {
        CompletableFuture<T> result = tracked();
        try {
            executor.schedule(() -> run(work, result), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new DeviceException("the device is closed", e));
        }
        return result;
    }

    private <T> CompletableFuture<T> tracked() {
        CompletableFuture<T> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((value, error) -> pending.remove(result));
        return result;
    }

    private static <T> void run(Callable<T> work, CompletableFuture<T> result) {
        try {
            result.complete(work.call());
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** Runs {@code step} now and then again after each {@code delay} until the returned future is cancelled. */
    public java.util.concurrent.ScheduledFuture<?> repeat(Runnable step, java.time.Duration delay) {
        return executor.scheduleWithFixedDelay(step, 0, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs {@code step} once on the thread after {@code delay}, unless the returned future is
     * cancelled first. A surprise thrown by the step is left to the step to handle.
     */
    public java.util.concurrent.ScheduledFuture<?> schedule(Runnable step, java.time.Duration delay) {
        try {
            return executor.schedule(step, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new DeviceException("the device is closed", e);
        }
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
        // requests dropped by the shutdown, or delayed past it, will never run
        for (CompletableFuture<?> left : java.util.List.copyOf(pending)) {
            left.completeExceptionally(new DeviceException("the device was closed before the request ran"));
        }
    }

    @Override
    public void close() {
        closeAfter(() -> { });
    }
}
