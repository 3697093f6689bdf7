package org.onetrip.kiosk.issuance;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the approval backend what became of each certificate ({@code printed} or
 * {@code failed}), from the ledger's due reports, on one thread of its own. A report that does
 * not go through stays due in the ledger and is sent again after a back-off, and again after a
 * restart, so a printed certificate is never lost from the backend's count.
 *
 * <p>{@link #start()} once; {@link #due()} whenever the ledger has something new; {@link #close()}.
 */
public final class IssuanceReports implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IssuanceReports.class);
    private static final int REASON_LIMIT = 200;

    private final ApprovalBackendClient backend;
    private final IssuanceLedger ledger;
    private final RetryPolicy retry;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "issuance-reports");
        t.setDaemon(true);
        return t;
    });
    /** Touched only on the reports thread. */
    private int failures;
    private Duration lastDelay = Duration.ZERO;
    private ScheduledFuture<?> retryLater;

    public IssuanceReports(ApprovalBackendClient backend, IssuanceLedger ledger, RetryPolicy retry) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Sends what was left due before the kiosk last stopped. */
    public void start() {
        due();
    }

    /** Something new is due: send it now (a back-off under way is cut short). */
    public void due() {
        try {
            thread.execute(() -> {
                if (retryLater != null) {
                    retryLater.cancel(false);
                    retryLater = null;
                }
                drain();
            });
        } catch (RejectedExecutionException closed) {
            // closed: the ledger keeps it due for the next start
        }
    }

    /**
     * Sends what is due now, on the reports thread, and completes with whether nothing is left
     * due afterwards (false: the backend could not be reached; a retry is scheduled).
     */
    public CompletableFuture<Boolean> sendDueNow() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                if (retryLater != null) {
                    retryLater.cancel(false);
                    retryLater = null;
                }
                done.complete(drain());
            });
        } catch (RejectedExecutionException closed) {
            done.complete(false);
        }
        return done;
    }

    /** @return whether everything due was answered */
    private boolean drain() {
        try {
            for (LedgerEntry entry : ledger.reportsDue()) {
                if (!send(entry)) {
                    failures++;
                    lastDelay = retry.nextDelay(failures, lastDelay);
                    retryLater = thread.schedule(this::drain, lastDelay.toMillis(), TimeUnit.MILLISECONDS);
                    return false;
                }
            }
            failures = 0;
            lastDelay = Duration.ZERO;
            return true;
        } catch (RuntimeException e) {
            // a broken database or a surprise must not end the thread; the rows stay due
            log.error("certificate reports stopped for now", e);
            failures++;
            lastDelay = retry.nextDelay(failures, lastDelay);
            retryLater = thread.schedule(this::drain, lastDelay.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        }
    }

    /** @return false when the backend could not be reached and the rest should wait */
    private boolean send(LedgerEntry entry) {
        String code = entry.verificationCode().orElseThrow();
        BackendReport report = entry.report();
        CallOutcome<ApprovalContract.CertificateStatus> outcome = report == BackendReport.PRINTED_DUE
                ? backend.certificatePrinted(code)
                : backend.certificatePrintFailed(code, new ApprovalContract.PrintFailure(reason(entry)));
        if (outcome instanceof CallOutcome.Ok) {
            ledger.reported(entry.id(), report);
            log.info("certificate {} reported {}", code, report == BackendReport.PRINTED_DUE ? "printed" : "failed");
            return true;
        }
        if (outcome instanceof CallOutcome.Refused<?> refused) {
            if (report == BackendReport.FAILED_DUE && refused.code() == ContractError.CERTIFICATE_STATE_CONFLICT) {
                // the backend already holds it as printed, which wins over a failure
                ledger.reported(entry.id(), report);
                return true;
            }
            log.warn("certificate {}: the backend refused the {} report: {}", code, report, refused.wireCode());
            ledger.reportRefused(entry.id(), report, refused.wireCode());
            return true;
        }
        String reason = ((CallOutcome.Retryable<?>) outcome).reason();
        ledger.reportDeferred(entry.id(), reason);
        return false;
    }

    private static String reason(LedgerEntry entry) {
        String reason = entry.lastFailure().orElse("FAILED");
        return reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT) : reason;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
