package org.onetrip.kiosk.testsupport;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Background work for a model under test, on daemon threads, that can tell when everything handed to
 * it has run: the way to know a late answer was handled (and what it did, or did not, show) without
 * waiting on time.
 */
public final class WatchedExecutor implements Executor, AutoCloseable {

    private final ExecutorService threads;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int unfinished;

    public WatchedExecutor(String name, int threadCount) {
        this.threads = Executors.newFixedThreadPool(threadCount, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        lock.lock();
        try {
            unfinished++;
        } finally {
            lock.unlock();
        }
        try {
            threads.execute(() -> {
                try {
                    task.run();
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException refused) {
            finished();
            throw refused;
        }
    }

    private void finished() {
        lock.lock();
        try {
            unfinished--;
            idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every task handed over so far, and every task those handed on here, has run.
     *
     * @throws AssertionError when work is still running after {@code timeout}
     */
    public void awaitIdle(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (unfinished > 0) {
                if (nanos <= 0) {
                    throw new AssertionError(unfinished + " task(s) still running after " + timeout);
                }
                nanos = idle.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
