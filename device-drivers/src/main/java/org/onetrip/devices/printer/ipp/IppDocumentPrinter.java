package org.onetrip.devices.printer.ipp;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.devices.DeviceException;
import org.onetrip.devices.DeviceText;
import org.onetrip.devices.DeviceThread;
import org.onetrip.devices.printer.CancelOutcome;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.JobListing;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.PrinterStateReasons;
import org.onetrip.devices.status.DeviceCounters;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;

/**
 * A printer spoken to over IPP/HTTP (IPP Everywhere printers, CUPS queues, ippeveprinter).
 *
 * <p>A print is: Get-Printer-Attributes (refuse at once when the printer cannot print), then
 * Print-Job with {@code application/pdf}, then Get-Job-Attributes every poll interval until the
 * job is completed, cancelled or aborted. Every step runs on the printer's thread; waits
 * between steps are scheduled on it, so a cancel or a status request is served between two
 * polls. A printer that answers {@code server-error-busy} to Print-Job is asked again at the
 * poll interval. When the job deadline passes first the job is cancelled (so it cannot come out
 * of the printer later, unattended) and the print ends as timed out.
 *
 * <p>Jobs are submitted under the settings' user name (requesting-user-name), so the printer
 * lists them as this driver's: {@link #unfinishedJobs()} and {@link #finishedJobs()} ask Get-Jobs
 * with {@code my-jobs} for them, and {@link #cancel} sends Cancel-Job.
 */
public final class IppDocumentPrinter implements DocumentPrinter {
    private static final Logger log = LoggerFactory.getLogger(IppDocumentPrinter.class);
    private static final String PDF = "application/pdf";

    private final String printerUri;
    private final IppPrinterSettings settings;
    private final IppHttpExchange exchange;
    private final DeviceThread thread;
    private final DeviceHealth health;
    private final DeviceCounters counters = new DeviceCounters();
    private final AtomicInteger requestIds = new AtomicInteger();
    /** Prints being followed; changed on the printer's thread, read again by {@link #close()}. */
    private final Set<PrintRun> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param printerUri {@code ipp://host[:port]/path}, for example {@code ipp://192.168.1.20/ipp/print}
     * @param settings   polling, deadline and timeouts
     * @param clock      for status times
     */
    public IppDocumentPrinter(URI printerUri, IppPrinterSettings settings, Clock clock) {
        this.printerUri = printerUri.toString();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.exchange = new IppHttpExchange(printerUri, settings.requestTimeout());
        this.thread = new DeviceThread("printer-ipp " + printerUri);
        this.health = new DeviceHealth("certificate-printer", DeviceState.OFFLINE, clock);
    }

    @Override
    public CompletableFuture<PrintJobOutcome> print(PrintRequest request, Consumer<JobProgress> progress) {
        return print(request, progress, () -> true);
    }

    @Override
    public CompletableFuture<PrintJobOutcome> print(PrintRequest request, Consumer<JobProgress> progress,
                                                    BooleanSupplier stillWanted) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(stillWanted, "stillWanted");
        CompletableFuture<PrintJobOutcome> outcome = new CompletableFuture<>();
        PrintRun run = new PrintRun(request, progress, stillWanted, outcome);
        thread.submit(() -> {
            run.guarded(run::start).run();
            return null;
        }).whenComplete((ignored, failure) -> {
            if (failure != null) {
                // the step never ran: the driver was closed
                outcome.complete(run.closedOutcome());
            }
        });
        return outcome;
    }

    @Override
    public CompletableFuture<CancelOutcome> cancel(int jobId) {
        return thread.submit(() -> sendCancel(jobId));
    }

    @Override
    public CompletableFuture<JobListing> unfinishedJobs() {
        return thread.submit(() -> listJobs("not-completed"));
    }

    @Override
    public CompletableFuture<JobListing> finishedJobs() {
        // RFC 8011's "completed" takes in every ended job: completed, cancelled and aborted
        return thread.submit(() -> listJobs("completed"));
    }

    @Override
    public CompletableFuture<DeviceStatus> refreshStatus() {
        return thread.submit(() -> {
            try {
                askPrinter();
            } catch (IppExchangeException e) {
                // already recorded in the health by askPrinter
            }
            return health.current();
        });
    }

    @Override
    public CompletableFuture<SelfTestResult> selfTest() {
        return thread.submit(() -> {
            long started = System.nanoTime();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("uri", printerUri);
            try {
                IppPrinterAttributes printer = askPrinter();
                printer.model().ifPresent(m -> details.put("model", m));
                details.put("state", printer.activity().name());
                details.put("reasons", String.join(",", printer.keywords()));
                details.put("accepting", Boolean.toString(printer.accepting()));
                boolean ok = health.current().state().isUsable();
                return new SelfTestResult(ok, details, Duration.ofNanos(System.nanoTime() - started),
                        ok ? "the printer answered and can print" : "the printer answered: " + printer.describe());
            } catch (IppExchangeException e) {
                return new SelfTestResult(false, details, Duration.ofNanos(System.nanoTime() - started), e.getMessage());
            }
        });
    }

    @Override
    public DeviceStatus status() {
        return health.current();
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
        health.addListener(listener);
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        thread.closeAfter(() -> {
            for (PrintRun run : List.copyOf(running)) {
                run.finish(run.closedOutcome());
            }
        });
        // when the thread had to be stopped before that last step, the prints still end
        for (PrintRun run : List.copyOf(running)) {
            running.remove(run);
            run.outcome.complete(run.closedOutcome());
        }
    }

    private int nextRequestId() {
        return requestIds.updateAndGet(id -> id == Integer.MAX_VALUE ? 1 : id + 1);
    }

    /** Get-Printer-Attributes; records the answer, or the failure to get one, in the health. */
    private IppPrinterAttributes askPrinter() throws IppExchangeException {
        IppMessage request = IppRequestBuilder.request(IppOperation.GET_PRINTER_ATTRIBUTES, nextRequestId(), printerUri)
                .requestingUserName(settings.userName()).requestedAttributes(IppPrinterAttributes.REQUESTED).build();
        try {
            IppMessage response = exchange.send(request);
            IppStatus status = new IppStatus(response.code());
            if (!status.isSuccessful()) {
                throw new IppExchangeException(IppExchangeException.Kind.BAD_RESPONSE,
                        "Get-Printer-Attributes answered " + status.describe() + statusMessage(response), null);
            }
            IppPrinterAttributes printer = IppPrinterAttributes.from(response);
            Set<DeviceReason> reasons = printer.reasons();
            DeviceState state = PrinterStateReasons.state(printer.activity(), reasons);
            boolean fine = state == DeviceState.ONLINE || state == DeviceState.BUSY;
            health.update(state, reasons, fine ? Optional.empty() : Optional.of(printer.describe()));
            return printer;
        } catch (IppExchangeException e) {
            recordExchangeFailure(e);
            throw e;
        }
    }

    private void recordExchangeFailure(IppExchangeException e) {
        switch (e.kind()) {
            case UNREACHABLE -> health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, e.getMessage());
            case TIMEOUT -> health.report(DeviceState.OFFLINE, DeviceReason.TIMEOUT, e.getMessage());
            case BAD_RESPONSE -> health.report(DeviceState.HARDWARE_ERROR, DeviceReason.PROTOCOL_ERROR, e.getMessage());
            default -> throw new IllegalStateException("unknown exchange failure " + e.kind());
        }
    }

    private CancelOutcome sendCancel(int jobId) {
        IppMessage request = IppRequestBuilder.request(IppOperation.CANCEL_JOB, nextRequestId(), printerUri)
                .jobId(jobId).requestingUserName(settings.userName()).build();
        try {
            IppMessage response = exchange.send(request);
            IppStatus status = new IppStatus(response.code());
            if (status.isSuccessful()) {
                return new CancelOutcome.Cancelled(jobId);
            }
            String answer = "Cancel-Job answered " + status.describe() + statusMessage(response);
            if (status.code() == IppStatus.NOT_POSSIBLE || status.code() == IppStatus.NOT_FOUND) {
                return new CancelOutcome.AlreadyEnded(jobId, answer);
            }
            log.warn("printer {} did not cancel job {}: {}", printerUri, jobId, answer);
            return isPassing(status) ? new CancelOutcome.Unreachable(jobId, answer) : new CancelOutcome.Refused(jobId, answer);
        } catch (IppExchangeException e) {
            recordExchangeFailure(e);
            log.warn("cannot cancel job {} on {}: {}", jobId, printerUri, e.getMessage());
            return new CancelOutcome.Unreachable(jobId, e.getMessage());
        }
    }

    /** Get-Jobs for this driver's jobs; {@code whichJobs} is {@code not-completed} or {@code completed}. */
    private JobListing listJobs(String whichJobs) {
        IppMessage request = IppRequestBuilder.request(IppOperation.GET_JOBS, nextRequestId(), printerUri)
                .requestingUserName(settings.userName()).operation("which-jobs", IppValue.keyword(whichJobs))
                .operation("my-jobs", new IppValue.BooleanValue(true)).requestedAttributes(IppJobList.REQUESTED).build();
        try {
            IppMessage response = exchange.send(request);
            IppStatus status = new IppStatus(response.code());
            if (!status.isSuccessful()) {
                String answer = "Get-Jobs which-jobs=" + whichJobs + " answered " + status.describe() + statusMessage(response);
                return isPassing(status) ? new JobListing.Unreachable(answer) : new JobListing.NotListed(answer);
            }
            return new JobListing.Listed(IppJobList.read(response, settings.userName()));
        } catch (IppExchangeException e) {
            // a malformed answer is treated as no answer: asking again later may get a good one
            recordExchangeFailure(e);
            return new JobListing.Unreachable("Get-Jobs which-jobs=" + whichJobs + ": " + e.getMessage());
        }
    }

    /** A refusal that says "not now" (busy, temporarily unable, unavailable) rather than "never". */
    private static boolean isPassing(IppStatus status) {
        return status.code() == IppStatus.BUSY || status.code() == IppStatus.TEMPORARY_ERROR
                || status.code() == IppStatus.SERVICE_UNAVAILABLE;
    }

    private static String statusMessage(IppMessage response) {
        return response.attribute(IppGroupTag.OPERATION, "status-message").map(IppAttribute::strings)
                .flatMap(s -> s.stream().findFirst()).map(m -> " \"" + DeviceText.printable(m) + "\"").orElse("");
    }

    private static PrintFailure failureOf(IppExchangeException e) {
        return e.kind() == IppExchangeException.Kind.BAD_RESPONSE ? PrintFailure.PROTOCOL_ERROR : PrintFailure.PRINTER_OFFLINE;
    }

    private static PrintFailure failureOf(IppStatus status) {
        return switch (status.code()) {
            case IppStatus.NOT_ACCEPTING_JOBS -> PrintFailure.NOT_ACCEPTING_JOBS;
            case IppStatus.DEVICE_ERROR -> PrintFailure.PRINTER_STOPPED;
            default -> status.isClientError() ? PrintFailure.DOCUMENT_REJECTED : PrintFailure.PRINTER_STOPPED;
        };
    }

    /** One print, from the status check to its outcome. All methods run on the printer's thread. */
    private final class PrintRun {
        private final PrintRequest request;
        private final Consumer<JobProgress> progress;
        private final BooleanSupplier stillWanted;
        private final CompletableFuture<PrintJobOutcome> outcome;
        private ScheduledFuture<?> deadline;
        private ScheduledFuture<?> next;
        private Integer jobId;
        private JobState lastState;
        private final List<String> problems = new ArrayList<>();

        PrintRun(PrintRequest request, Consumer<JobProgress> progress, BooleanSupplier stillWanted,
                 CompletableFuture<PrintJobOutcome> outcome) {
            this.request = request;
            this.progress = progress;
            this.stillWanted = stillWanted;
            this.outcome = outcome;
        }

        OptionalInt jobId() {
            return jobId == null ? OptionalInt.empty() : OptionalInt.of(jobId);
        }

        void start() {
            running.add(this);
            try {
                deadline = thread.schedule(guarded(this::deadlinePassed), settings.jobDeadline());
            } catch (DeviceException closing) {
                finish(closedOutcome());
                return;
            }
            IppPrinterAttributes printer;
            try {
                printer = askPrinter();
            } catch (IppExchangeException e) {
                finish(PrintJobOutcome.Failed.refused(failureOf(e), health.current().reasons(),
                        "status check before printing: " + e.getMessage()));
                return;
            }
            Optional<PrintFailure> refusal = PrinterStateReasons.refusal(printer.activity(), printer.reasons(), printer.accepting());
            if (refusal.isPresent()) {
                finish(PrintJobOutcome.Failed.refused(refusal.get(), printer.reasons(),
                        "refused before sending, printer " + printer.describe()));
                return;
            }
            submit();
        }

        private void submit() {
            if (outcome.isDone()) {
                return;
            }
            if (!stillWanted.getAsBoolean()) {
                finish(PrintJobOutcome.Failed.refused(PrintFailure.JOB_CANCELED, health.current().reasons(),
                        "withdrawn before it was sent"));
                return;
            }
            IppMessage printJob = IppRequestBuilder.request(IppOperation.PRINT_JOB, nextRequestId(), printerUri)
                    .requestingUserName(settings.userName()).jobName(request.jobName()).documentFormat(PDF)
                    .document(request.pdf()).build();
            IppMessage response;
            try {
                response = exchange.send(printJob);
            } catch (IppExchangeException e) {
                recordExchangeFailure(e);
                finish(PrintJobOutcome.Failed.refused(failureOf(e), health.current().reasons(), "Print-Job: " + e.getMessage()));
                return;
            }
            IppStatus status = new IppStatus(response.code());
            if (status.code() == IppStatus.BUSY) {
                note("Print-Job answered " + status.describe());
                later(this::submit);
                return;
            }
            if (!status.isSuccessful()) {
                finish(PrintJobOutcome.Failed.refused(failureOf(status), health.current().reasons(),
                        "Print-Job answered " + status.describe() + statusMessage(response)));
                return;
            }
            Optional<IppJobAttributes> job = IppJobAttributes.from(response);
            if (job.isEmpty()) {
                finish(PrintJobOutcome.Failed.refused(PrintFailure.PROTOCOL_ERROR, health.current().reasons(),
                        "Print-Job response without a job-id and job-state: " + response));
                return;
            }
            jobId = job.get().jobId();
            counters.increment("jobsSubmitted");
            observe(job.get());
        }

        private void poll() {
            if (outcome.isDone()) {
                return;
            }
            IppMessage request = IppRequestBuilder.request(IppOperation.GET_JOB_ATTRIBUTES, nextRequestId(), printerUri)
                    .jobId(jobId).requestingUserName(settings.userName()).requestedAttributes(IppJobAttributes.REQUESTED)
                    .build();
            try {
                IppMessage response = exchange.send(request);
                IppStatus status = new IppStatus(response.code());
                Optional<IppJobAttributes> job = status.isSuccessful() ? IppJobAttributes.from(response) : Optional.empty();
                if (status.code() == IppStatus.NOT_FOUND) {
                    finish(failed(PrintFailure.JOB_ABORTED, reasonsNow(), "the printer no longer knows job " + jobId));
                    return;
                }
                if (job.isEmpty() || job.get().jobId() != jobId) {
                    note("Get-Job-Attributes answered " + status.describe() + " without the job's state");
                    scheduleNextPoll();
                    return;
                }
                observe(job.get());
            } catch (IppExchangeException e) {
                // the printer may be rebooting or the cable out for a moment: keep asking until the deadline
                counters.increment("pollFailures");
                recordExchangeFailure(e);
                note(e.getMessage());
                scheduleNextPoll();
            }
        }

        private void observe(IppJobAttributes job) {
            if (job.state() != lastState) {
                lastState = job.state();
                tell(new JobProgress(jobId, lastState));
            }
            switch (job.state()) {
                case COMPLETED -> {
                    // a job can end with the toner or paper low: refresh the printer's status with it
                    reasonsNow();
                    finish(new PrintJobOutcome.Completed(jobId, job.impressionsCompleted()));
                }
                case CANCELED -> finish(failed(PrintFailure.JOB_CANCELED, reasonsNow(), "job-state-reasons=" + job.reasons()));
                case ABORTED -> {
                    Set<DeviceReason> reasons = reasonsNow();
                    finish(failed(PrinterStateReasons.abortCause(reasons), reasons, "job-state-reasons=" + job.reasons()
                            + ", printer reasons " + reasons));
                }
                default -> scheduleNextPoll();
            }
        }

        private void deadlinePassed() {
            if (outcome.isDone()) {
                return;
            }
            if (next != null) {
                next.cancel(false);
            }
            boolean cancelled = jobId != null && sendCancel(jobId) instanceof CancelOutcome.Cancelled;
            Set<DeviceReason> reasons = reasonsNow();
            finish(new PrintJobOutcome.TimedOut(jobId(), Optional.ofNullable(lastState), reasons, cancelled,
                    "no final job state within " + settings.jobDeadline().toSeconds() + " s"
                            + (problems.isEmpty() ? "" : "; last problem: " + problems.get(problems.size() - 1))));
        }

        void finish(PrintJobOutcome result) {
            if (outcome.isDone()) {
                return;
            }
            if (deadline != null) {
                deadline.cancel(false);
            }
            if (next != null) {
                next.cancel(false);
            }
            running.remove(this);
            count(result);
            if (result.printed()) {
                log.info("job {} ({}) printed on {}", jobId, request.jobName(), printerUri);
            } else {
                log.warn("job {} not printed on {}: {}", request.jobName(), printerUri, result);
            }
            outcome.complete(result);
        }

        private PrintJobOutcome.Failed failed(PrintFailure reason, Set<DeviceReason> reasons, String detail) {
            return new PrintJobOutcome.Failed(reason, reasons, jobId(), Optional.ofNullable(lastState), detail);
        }

        /** The printer's reasons now; the last known ones when it cannot be asked. */
        private Set<DeviceReason> reasonsNow() {
            try {
                return askPrinter().reasons();
            } catch (IppExchangeException e) {
                return health.current().reasons();
            }
        }

        private void scheduleNextPoll() {
            later(this::poll);
        }

        private void later(Runnable step) {
            try {
                next = thread.schedule(guarded(step), settings.pollInterval());
            } catch (DeviceException closing) {
                finish(closedOutcome());
            }
        }

        PrintJobOutcome closedOutcome() {
            return new PrintJobOutcome.TimedOut(jobId(), Optional.ofNullable(lastState), Set.of(), false,
                    "the printer driver was closed before the job finished");
        }

        private void note(String problem) {
            if (problems.size() < 20) {
                problems.add(problem);
            }
        }

        private void tell(JobProgress step) {
            try {
                progress.accept(step);
            } catch (RuntimeException e) {
                log.warn("progress listener failed on {}", step, e);
            }
        }

        /**
         * The step, made safe: a surprise it throws ends the print with
         * {@link PrintFailure#DRIVER_ERROR} (after asking the printer to cancel a job it took, so
         * nothing prints unattended later) instead of leaving the outcome open.
         */
        Runnable guarded(Runnable step) {
            return () -> {
                try {
                    step.run();
                } catch (RuntimeException | Error e) {
                    log.error("print {} on {}: unexpected failure", request.jobName(), printerUri, e);
                    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    try {
                        boolean cancelled = jobId != null && sendCancel(jobId) instanceof CancelOutcome.Cancelled;
                        finish(failed(PrintFailure.DRIVER_ERROR, health.current().reasons(), "driver error: " + what
                                + (jobId == null ? "; no job was created" : cancelled ? "; the job was cancelled"
                                : "; the printer did not confirm the cancel")));
                    } catch (RuntimeException again) {
                        running.remove(this);
                        outcome.complete(failed(PrintFailure.DRIVER_ERROR, Set.of(), "driver error: " + what));
                    }
                }
            };
        }

        private void count(PrintJobOutcome result) {
            if (result instanceof PrintJobOutcome.Completed) {
                counters.increment("jobsCompleted");
            } else if (result instanceof PrintJobOutcome.Failed f) {
                counters.increment("printFailure." + f.reason());
            } else if (result instanceof PrintJobOutcome.TimedOut) {
                counters.increment("jobsTimedOut");
            } else {
                counters.increment("jobsUnconfirmed");
            }
        }
    }
}
