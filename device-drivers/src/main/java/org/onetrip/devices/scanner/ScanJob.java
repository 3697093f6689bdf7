package org.onetrip.devices.scanner;

import java.util.concurrent.CompletableFuture;

/**
 * A scan job the scanner accepted. Pages come one at a time, each written to the spool directory
 * before its future completes, so no page is held in memory.
 *
 * <p>Futures complete on the scanner's own thread; callers hand results on rather than block there.
 */
public interface ScanJob extends AutoCloseable {

    /**
     * Fetches the next page. Completes with {@link ScanStep.Page} for each page, then once with
     * {@link ScanStep.Finished} (or {@link ScanFailed} if the scanner stopped: jam, cover open, offline).
     * Waits at most the driver's page timeout (seconds: the scanner must move paper); never completes
     * exceptionally for expected situations. Asking again after the end repeats the end.
     */
    CompletableFuture<ScanStep> nextPage();

    /**
     * Asks the scanner to stop the job. Completes with true when the scanner accepted; a later
     * {@link #nextPage()} then completes with {@link ScanFailure#JOB_CANCELED}.
     */
    CompletableFuture<Boolean> cancel();

    /** Cancels the job unless it already ended. Does not wait. Idempotent. */
    @Override
    void close();
}
