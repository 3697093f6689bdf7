package org.onetrip.devices.printer;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;

/**
 * A printer for documents (certificates, proofs) on A4 paper, as the kiosk sees it.
 *
 * <p>Every method returns at once; the I/O runs on the printer's own thread, one request at a
 * time. Futures and callbacks complete on that thread, so callers hand results on rather than
 * block in a callback.
 */
public interface DocumentPrinter extends AutoCloseable {

    /**
     * Prints one PDF. The printer's status is checked first: a printer that is stopped, out of
     * paper, jammed, open or not accepting jobs refuses at once with that reason and nothing is
     * sent. Otherwise the job is followed until the printer reports it finished, or until the
     * driver's job deadline (minutes, see the driver's settings), after which the driver cancels
     * the job. The future completes with {@link PrintJobOutcome.Completed} only when the
     * printer reported the job completed; it never completes exceptionally for expected
     * situations (printer unreachable, refused, aborted, timed out), only for surprises.
     *
     * @param progress told of each job state the printer reports (pending, processing, ...), on
     *                 the printer's thread; it must not block
     */
    CompletableFuture<PrintJobOutcome> print(PrintRequest request, Consumer<JobProgress> progress);

    /**
     * As {@link #print(PrintRequest, Consumer)}, but {@code stillWanted} is asked on the printer's
     * thread at the last moment before the document is sent (and before each resend to a busy
     * printer). When it answers false nothing is sent and the print ends as
     * {@link PrintFailure#JOB_CANCELED} without a job: a document whose owner has gone never
     * reaches the printer. This default asks once, before queueing; drivers ask later.
     *
     * @param stillWanted must return at once and must not block
     */
    default CompletableFuture<PrintJobOutcome> print(PrintRequest request, Consumer<JobProgress> progress,
                                                     BooleanSupplier stillWanted) {
        if (!stillWanted.getAsBoolean()) {
            return CompletableFuture.completedFuture(PrintJobOutcome.Failed.refused(PrintFailure.JOB_CANCELED, Set.of(),
                    "withdrawn before it was sent"));
        }
        return print(request, progress);
    }

    /**
     * Asks the printer to cancel a job, waiting at most the driver's request time-out for its
     * answer. When the printer accepts ({@link CancelOutcome.Cancelled}), a {@link #print}
     * future following that job completes with {@link PrintFailure#JOB_CANCELED} once the
     * printer reports it cancelled. Never completes exceptionally for an unreachable printer.
     */
    CompletableFuture<CancelOutcome> cancel(int jobId);

    /**
     * The printer's jobs submitted under this driver's user name that have not ended yet
     * (pending, held, processing or stopped), as the printer lists them now: what a kiosk left
     * queued before a crash. Waits at most the driver's request time-out; never completes
     * exceptionally for an unreachable printer.
     */
    CompletableFuture<JobListing> unfinishedJobs();

    /**
     * The printer's jobs submitted under this driver's user name that have ended (completed,
     * cancelled or aborted) and that the printer still remembers; printers forget ended jobs after
     * a while. Waits at most the driver's request time-out.
     */
    CompletableFuture<JobListing> finishedJobs();

    /** Asks the printer for its state now and completes with the updated status. */
    CompletableFuture<DeviceStatus> refreshStatus();

    /** Asks the printer for its identity and state; ok when it answered and reports no fault. */
    CompletableFuture<SelfTestResult> selfTest();

    /** The last known health. Does no I/O. */
    DeviceStatus status();

    /** Tells the listener about every status change, on the printer's thread. */
    void addStatusListener(DeviceStatusListener listener);

    /**
     * Counts since start: {@code jobsCompleted}, {@code printFailure.<REASON>} per
     * {@link PrintFailure}, {@code jobsTimedOut}, {@code jobsUnconfirmed}.
     */
    Map<String, Long> counters();

    /** Stops the printer's thread; a print still being followed completes as failed. Idempotent. */
    @Override
    void close();
}
