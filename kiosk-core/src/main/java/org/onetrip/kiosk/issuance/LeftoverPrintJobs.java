package org.onetrip.kiosk.issuance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.onetrip.devices.printer.CancelOutcome;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.JobListing;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrinterJob;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an earlier run of the kiosk left at the certificate printer, settled before a new
 * certificate prints. After a crash or a power cut a certificate's job may still be queued (the
 * printer waiting for paper, or busy); printed later, it would come out in front of somebody else.
 * So, once, at start-up:
 * <ol>
 * <li>every job of this kiosk's (the kiosk's id is its owner at the printer) that the printer has
 *     not finished is cancelled, and a ledger entry of it left "sent to the printer" becomes not
 *     printed, {@value #CANCELLED_AT_START_UP};</li>
 * <li>a ledger entry left "sent to the printer" whose job is queued no more takes the job's final
 *     state as the printer remembers it: completed is printed (counted as issued), cancelled or
 *     aborted is not printed; a job the printer does not know (any more) is not printed,
 *     {@code INTERRUPTED}.</li>
 * </ol>
 * Every cancel and every settled entry goes to the audit journal, and the backend is told through
 * the reports. A printer or driver that cannot list jobs at all (the operating system's print
 * service) leaves nothing to cancel: its entries become {@code INTERRUPTED}.
 *
 * <p>While the printer cannot be reached nothing is settled; {@link #clear()} says so, and is
 * tried again when the printer's status comes back and before every offer and print, so no new
 * certificate prints before the leftovers are settled. A job the printer refuses to cancel keeps
 * them unsettled too, until a technician removes it at the printer: it would print first. Once
 * settled, {@link #clear()} does no I/O.
 *
 * <p>Thread-safe; {@link #clear()} blocks on the printer, each answer waited for at most
 * {@code answerWait}: keep it off a UI thread.
 */
public final class LeftoverPrintJobs {

    /** The ledger's reason for a certificate whose queued job was cancelled at start-up. */
    public static final String CANCELLED_AT_START_UP = "CANCELLED_AT_START_UP";

    private static final Logger log = LoggerFactory.getLogger(LeftoverPrintJobs.class);
    private static final String ACTOR = "kiosk";

    private final DocumentPrinter printer;
    private final IssuanceLedger ledger;
    private final IssuanceReports reports;
    private final AuditJournal journal;
    private final Duration answerWait;
    private volatile Outcome.Cleared cleared;
    /** Jobs whose refused cancel is journaled already, so a retry does not journal it again; guarded by this. */
    private final Set<Integer> refusalsJournaled = new HashSet<>();

    /** How settling ended. */
    public sealed interface Outcome {

        /**
         * Settled: nothing of an earlier run can print any more, and every entry it left is decided.
         *
         * @param cancelled  jobs cancelled at the printer
         * @param printed    entries the printer said were printed
         * @param notPrinted entries recorded as not printed (cancelled, aborted, or unknown to the printer)
         */
        record Cleared(int cancelled, int printed, int notPrinted) implements Outcome {
        }

        /** Not settled: the printer did not answer (or would not cancel); it is tried again. */
        record NotCleared(String reason) implements Outcome {
            public NotCleared {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /**
     * @param printer    the certificate printer, whose driver submits jobs under the kiosk's id
     * @param ledger     the issuance ledger of the earlier runs
     * @param reports    told when entries changed, so the backend hears of them
     * @param journal    where each cancel and settled entry is recorded
     * @param answerWait the longest wait for one answer of the printer's driver
     */
    public LeftoverPrintJobs(DocumentPrinter printer, IssuanceLedger ledger, IssuanceReports reports, AuditJournal journal,
                             Duration answerWait) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.answerWait = Objects.requireNonNull(answerWait, "answerWait");
    }

    /**
     * Settles on {@code work} now, and again on it whenever the printer becomes usable while the
     * leftovers are not settled yet. Returns at once.
     */
    public void start(Executor work) {
        Objects.requireNonNull(work, "work");
        printer.addStatusListener(event -> {
            if (cleared == null && event.current().state().isUsable()) {
                // the printer's own thread: hand on, never wait here
                clearOn(work);
            }
        });
        clearOn(work);
    }

    /** Whether the leftovers are settled. Does no I/O. */
    public boolean isCleared() {
        return cleared != null;
    }

    /** Settles the leftovers now, unless they are already; blocks on the printer's answers. */
    public synchronized Outcome clear() {
        if (cleared != null) {
            return cleared;
        }
        Outcome outcome;
        try {
            outcome = settle();
        } catch (TimeoutException e) {
            outcome = new Outcome.NotCleared("the printer's driver gave no answer within " + answerWait.toSeconds() + " s");
        } catch (RuntimeException e) {
            // the ledger, the journal or the driver failed: nothing new prints until it works
            log.error("cannot settle the certificate jobs left by an earlier run", e);
            outcome = new Outcome.NotCleared("settling failed: " + e);
        }
        if (outcome instanceof Outcome.Cleared done) {
            cleared = done;
            log.info("certificate jobs left by an earlier run settled: {}", done);
        } else {
            log.warn("certificate jobs left by an earlier run not settled yet: {}", ((Outcome.NotCleared) outcome).reason());
        }
        return outcome;
    }

    private void clearOn(Executor work) {
        try {
            work.execute(this::clear);
        } catch (RejectedExecutionException closed) {
            // the kiosk is stopping: the next start settles them
        }
    }

    private Outcome settle() throws TimeoutException {
        JobListing queued = answer(printer.unfinishedJobs());
        if (queued instanceof JobListing.Unreachable unreachable) {
            return new Outcome.NotCleared(unreachable.detail());
        }
        List<LedgerEntry> awaiting = ledger.awaitingPrinter();
        if (queued instanceof JobListing.NotListed notListed) {
            // nothing can be cancelled nor asked about: what was sent is not known to have printed
            for (LedgerEntry entry : awaiting) {
                recordNotPrinted(entry, "INTERRUPTED", "the printer lists no jobs (" + notListed.detail() + ")");
            }
            reportIfAny(awaiting.size());
            return new Outcome.Cleared(0, 0, awaiting.size());
        }
        int cancelled = 0;
        int notPrinted = 0;
        Set<String> settled = new HashSet<>();
        List<String> stillQueued = new ArrayList<>();
        for (PrinterJob job : ((JobListing.Listed) queued).jobs()) {
            CancelOutcome cancel = answer(printer.cancel(job.jobId()));
            Optional<LedgerEntry> entry = entryOf(awaiting, job.name());
            if (cancel instanceof CancelOutcome.Cancelled) {
                cancelled++;
                journal.record(ACTOR, AuditAction.CERTIFICATE_JOB_CANCELLED_AT_START_UP, "job " + job.jobId() + " ("
                        + job.name() + ", " + job.state() + ") cancelled"
                        + entry.map(e -> "; ledger entry " + e.id() + " not printed").orElse(""));
                if (entry.isPresent()) {
                    recordNotPrinted(entry.get(), CANCELLED_AT_START_UP, null);
                    settled.add(job.name());
                    notPrinted++;
                }
            } else if (cancel instanceof CancelOutcome.Refused refused) {
                if (refusalsJournaled.add(job.jobId())) {
                    journal.record(ACTOR, AuditAction.CERTIFICATE_JOB_CANCELLED_AT_START_UP, "job " + job.jobId() + " ("
                            + job.name() + ") could not be cancelled: " + refused.detail());
                }
                log.error("certificate job {} ({}) left by an earlier run is still queued: the printer refused to "
                        + "cancel it ({}); a technician must remove it", job.jobId(), job.name(), refused.detail());
                stillQueued.add(job.jobId() + " (" + job.name() + ")");
            } else if (cancel instanceof CancelOutcome.Unreachable unreachable) {
                reportIfAny(notPrinted);
                return new Outcome.NotCleared("cancelling job " + job.jobId() + ": " + unreachable.detail());
            }
            // AlreadyEnded: it finished meanwhile; its final state settles its entry below
        }
        if (!stillQueued.isEmpty()) {
            reportIfAny(notPrinted);
            return new Outcome.NotCleared("the printer would not cancel job(s) " + String.join(", ", stillQueued));
        }
        List<LedgerEntry> remaining = awaiting.stream()
                .filter(e -> e.printJobName().filter(settled::contains).isEmpty()).toList();
        int printed = 0;
        if (!remaining.isEmpty()) {
            JobListing ended = answer(printer.finishedJobs());
            if (ended instanceof JobListing.Unreachable unreachable) {
                reportIfAny(notPrinted);
                return new Outcome.NotCleared(unreachable.detail());
            }
            List<PrinterJob> finished = ended instanceof JobListing.Listed listed ? listed.jobs() : List.of();
            for (LedgerEntry entry : remaining) {
                Optional<PrinterJob> job = latestNamed(finished, entry.printJobName().orElse(""));
                if (job.isPresent() && job.get().state() == JobState.COMPLETED) {
                    IssuanceState state = ledger.printed(entry.id());
                    printed++;
                    journal.record(ACTOR, AuditAction.CERTIFICATE_PRINT_SETTLED_AT_START_UP, "ledger entry " + entry.id()
                            + " " + state + ": the printer completed job " + job.get().jobId());
                } else {
                    notPrinted++;
                    recordNotPrinted(entry, job.map(j -> "PRINTER:JOB_" + j.state()).orElse("INTERRUPTED"),
                            job.map(j -> "the printer ended job " + j.jobId() + " " + j.state())
                                    .orElse("the printer does not know its job"));
                }
            }
        }
        reportIfAny(printed + notPrinted);
        return new Outcome.Cleared(cancelled, printed, notPrinted);
    }

    /** Records an entry as not printed; {@code why} (for the journal) is null when its cancel was journaled already. */
    private void recordNotPrinted(LedgerEntry entry, String reason, String why) {
        ledger.failed(entry.id(), reason);
        if (why != null) {
            journal.record(ACTOR, AuditAction.CERTIFICATE_PRINT_SETTLED_AT_START_UP, "ledger entry " + entry.id()
                    + " not printed (" + reason + "): " + why);
        }
    }

    private void reportIfAny(int changed) {
        if (changed > 0) {
            reports.due();
        }
    }

    private static Optional<LedgerEntry> entryOf(List<LedgerEntry> awaiting, String jobName) {
        return awaiting.stream().filter(e -> e.printJobName().filter(jobName::equals).isPresent()).findFirst();
    }

    /** The job of that name the printer listed last. */
    private static Optional<PrinterJob> latestNamed(List<PrinterJob> jobs, String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).reduce((first, second) -> second);
    }

    private <T> T answer(CompletableFuture<T> pending) throws TimeoutException {
        try {
            return pending.get(answerWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while waiting for the printer");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the printer's driver failed unexpectedly", e.getCause());
        }
    }
}
