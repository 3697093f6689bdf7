package org.onetrip.devices.printer.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
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
import java.util.function.Consumer;

import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import org.onetrip.devices.DeviceThread;
import org.onetrip.devices.printer.CancelOutcome;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.JobListing;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.PrinterActivity;
import org.onetrip.devices.status.DeviceCounters;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;

/**
 * A printer reached through the operating system's print service ({@code javax.print}; on
 * Linux the CUPS queues), the PDF rendered by PDFBox ({@link PDFPageable}).
 *
 * <p>What a print service tells about a job varies: some send "job complete", many only "data
 * transfer complete" or "no more events". Only "job complete" makes a
 * {@link PrintJobOutcome.Completed}; a job the service took without saying it printed ends as
 * {@link PrintJobOutcome.Unconfirmed}, so a certificate is not counted as issued on the word of
 * a spooler. Prefer the IPP driver where the printer speaks IPP. Status comes from the service's
 * PrinterState, PrinterStateReasons and PrinterIsAcceptingJobs, where it reports them.
 */
public final class SystemPrintServicePrinter implements DocumentPrinter {
    private static final String NO_JOB_CONTROL = "the operating system's print service (javax.print) neither lists "
            + "nor cancels jobs it was handed";

    private final PrintService service;
    private final Duration jobDeadline;
    private final DeviceThread thread;
    private final DeviceHealth health;
    private final DeviceCounters counters = new DeviceCounters();
    private final AtomicInteger jobNumbers = new AtomicInteger();

    /**
     * @param service     the print service to print to
     * @param jobDeadline how long to wait for the service's events after the document was handed over: 1 s to 30 min
     */
    public SystemPrintServicePrinter(PrintService service, Duration jobDeadline, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        if (jobDeadline.compareTo(Duration.ofSeconds(1)) < 0 || jobDeadline.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("job deadline must be 1 s to 30 min, was " + jobDeadline);
        }
        this.jobDeadline = jobDeadline;
        this.thread = new DeviceThread("printer-system " + service.getName());
        this.health = new DeviceHealth("certificate-printer", DeviceState.OFFLINE, clock);
    }

    /**
     * The operating system's print service with this name.
     *
     * @throws IllegalArgumentException naming the services there are, when none has the name
     */
    public static SystemPrintServicePrinter named(String name, Duration jobDeadline, Clock clock) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        return Arrays.stream(services).filter(s -> s.getName().equals(name)).findFirst()
                .map(s -> new SystemPrintServicePrinter(s, jobDeadline, clock))
                .orElseThrow(() -> new IllegalArgumentException("no print service named \"" + name + "\"; there are "
                        + Arrays.stream(services).map(PrintService::getName).toList()));
    }

    @Override
    public CompletableFuture<PrintJobOutcome> print(PrintRequest request, Consumer<JobProgress> progress) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        CompletableFuture<PrintJobOutcome> outcome = new CompletableFuture<>();
        thread.submit(() -> {
            start(request, progress, outcome);
            return null;
        }).whenComplete((ignored, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            }
        });
        // counted before the caller sees the outcome
        return outcome.thenApply(result -> {
            count(result);
            return result;
        });
    }

    private void start(PrintRequest request, Consumer<JobProgress> progress, CompletableFuture<PrintJobOutcome> outcome) {
        Snapshot printer = readStatus();
        Optional<PrintFailure> refusal = org.onetrip.devices.printer.PrinterStateReasons.refusal(printer.activity(),
                printer.reasons(), printer.accepting());
        if (refusal.isPresent()) {
            outcome.complete(PrintJobOutcome.Failed.refused(refusal.get(), printer.reasons(),
                    "refused before sending, print service reports " + printer.describe()));
            return;
        }
        if (!service.isDocFlavorSupported(DocFlavor.SERVICE_FORMATTED.PAGEABLE)) {
            outcome.complete(PrintJobOutcome.Failed.refused(PrintFailure.DOCUMENT_REJECTED, Set.of(),
                    "print service " + service.getName() + " cannot print pageable documents"));
            return;
        }
        int jobNumber = jobNumbers.incrementAndGet();
        ScheduledFuture<?> deadline = thread.schedule(() -> outcome.complete(new PrintJobOutcome.Unconfirmed(
                "the print service said nothing final within " + jobDeadline.toSeconds() + " s")), jobDeadline);
        outcome.whenComplete((result, failure) -> deadline.cancel(false));
        try (PDDocument document = Loader.loadPDF(request.pdf())) {
            DocPrintJob job = service.createPrintJob();
            job.addPrintJobListener(new JobEvents(jobNumber, progress, outcome));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(request.jobName(), null));
            Doc doc = new SimpleDoc(new PDFPageable(document), DocFlavor.SERVICE_FORMATTED.PAGEABLE, null);
            progress.accept(new JobProgress(jobNumber, JobState.PROCESSING));
            // renders and spools on this thread; the events then say how far the service got
            job.print(doc, attributes);
        } catch (IOException e) {
            outcome.complete(PrintJobOutcome.Failed.refused(PrintFailure.DOCUMENT_REJECTED, Set.of(),
                    "PDFBox cannot read the document: " + e.getMessage()));
        } catch (PrintException e) {
            readStatus();
            outcome.complete(new PrintJobOutcome.Failed(PrintFailure.JOB_ABORTED, health.current().reasons(),
                    OptionalInt.of(jobNumber), Optional.of(JobState.ABORTED), "print service refused the job: " + e.getMessage()));
        }
    }

    /** Turns the service's job events into progress and an outcome; they arrive on the service's threads. */
    private final class JobEvents extends PrintJobAdapter {
        private final int jobNumber;
        private final Consumer<JobProgress> progress;
        private final CompletableFuture<PrintJobOutcome> outcome;

        JobEvents(int jobNumber, Consumer<JobProgress> progress, CompletableFuture<PrintJobOutcome> outcome) {
            this.jobNumber = jobNumber;
            this.progress = progress;
            this.outcome = outcome;
        }

        @Override
        public void printJobCompleted(PrintJobEvent event) {
            thread.submit(() -> {
                if (!outcome.isDone()) {
                    progress.accept(new JobProgress(jobNumber, JobState.COMPLETED));
                    outcome.complete(new PrintJobOutcome.Completed(jobNumber, OptionalInt.empty()));
                }
                return null;
            });
        }

        @Override
        public void printJobFailed(PrintJobEvent event) {
            thread.submit(() -> {
                if (!outcome.isDone()) {
                    progress.accept(new JobProgress(jobNumber, JobState.ABORTED));
                    Snapshot printer = readStatus();
                    outcome.complete(new PrintJobOutcome.Failed(
                            org.onetrip.devices.printer.PrinterStateReasons.abortCause(printer.reasons()), printer.reasons(),
                            OptionalInt.of(jobNumber), Optional.of(JobState.ABORTED), "print service reported the job failed"));
                }
                return null;
            });
        }

        @Override
        public void printJobCanceled(PrintJobEvent event) {
            thread.submit(() -> {
                if (!outcome.isDone()) {
                    progress.accept(new JobProgress(jobNumber, JobState.CANCELED));
                    outcome.complete(new PrintJobOutcome.Failed(PrintFailure.JOB_CANCELED, Set.of(), OptionalInt.of(jobNumber),
                            Optional.of(JobState.CANCELED), "print service reported the job cancelled"));
                }
                return null;
            });
        }

        @Override
        public void printJobRequiresAttention(PrintJobEvent event) {
            thread.submit(() -> {
                progress.accept(new JobProgress(jobNumber, JobState.PROCESSING_STOPPED));
                readStatus();
                return null;
            });
        }

        @Override
        public void printJobNoMoreEvents(PrintJobEvent event) {
            thread.submit(() -> outcome.complete(new PrintJobOutcome.Unconfirmed(
                    "the print service took the document but does not report whether it printed")));
        }
    }

    /** javax.print offers no way to cancel a job after it was handed to the service. */
    @Override
    public CompletableFuture<CancelOutcome> cancel(int jobId) {
        return CompletableFuture.completedFuture(new CancelOutcome.Refused(jobId, NO_JOB_CONTROL));
    }

    /** javax.print offers no way to list the jobs a print service holds. */
    @Override
    public CompletableFuture<JobListing> unfinishedJobs() {
        return CompletableFuture.completedFuture(new JobListing.NotListed(NO_JOB_CONTROL));
    }

    /** javax.print offers no way to list the jobs a print service holds. */
    @Override
    public CompletableFuture<JobListing> finishedJobs() {
        return CompletableFuture.completedFuture(new JobListing.NotListed(NO_JOB_CONTROL));
    }

    @Override
    public CompletableFuture<DeviceStatus> refreshStatus() {
        return thread.submit(() -> {
            readStatus();
            return health.current();
        });
    }

    @Override
    public CompletableFuture<SelfTestResult> selfTest() {
        return thread.submit(() -> {
            long started = System.nanoTime();
            Snapshot printer = readStatus();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("service", service.getName());
            details.put("state", printer.activity().name());
            details.put("reasons", String.join(",", printer.keywords()));
            details.put("accepting", Boolean.toString(printer.accepting()));
            details.put("pageable", Boolean.toString(service.isDocFlavorSupported(DocFlavor.SERVICE_FORMATTED.PAGEABLE)));
            boolean ok = health.current().state().isUsable();
            return new SelfTestResult(ok, details, Duration.ofNanos(System.nanoTime() - started),
                    ok ? "the print service is ready" : "the print service reports " + printer.describe());
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
        thread.close();
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

    private Snapshot readStatus() {
        PrinterState state = service.getAttribute(PrinterState.class);
        PrinterStateReasons reasons = service.getAttribute(PrinterStateReasons.class);
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        PrinterActivity activity = state == null ? PrinterActivity.UNKNOWN
                : state == PrinterState.IDLE ? PrinterActivity.IDLE
                : state == PrinterState.PROCESSING ? PrinterActivity.PROCESSING
                : state == PrinterState.STOPPED ? PrinterActivity.STOPPED : PrinterActivity.UNKNOWN;
        List<String> keywords = reasons == null ? List.of()
                : reasons.keySet().stream().map(Object::toString).sorted().toList();
        Snapshot snapshot = new Snapshot(activity, keywords, accepting != PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS);
        Set<DeviceReason> mapped = snapshot.reasons();
        DeviceState deviceState = org.onetrip.devices.printer.PrinterStateReasons.state(activity, mapped);
        if (!snapshot.accepting() && deviceState == DeviceState.ONLINE) {
            deviceState = DeviceState.OFFLINE;
        }
        boolean fine = deviceState == DeviceState.ONLINE || deviceState == DeviceState.BUSY;
        health.update(deviceState, mapped.isEmpty() ? EnumSet.noneOf(DeviceReason.class) : mapped,
                fine ? Optional.empty() : Optional.of(snapshot.describe()));
        return snapshot;
    }

    private record Snapshot(PrinterActivity activity, List<String> keywords, boolean accepting) {
        Set<DeviceReason> reasons() {
            return org.onetrip.devices.printer.PrinterStateReasons.reasons(keywords);
        }

        String describe() {
            return "state=" + activity + " reasons=" + keywords + " accepting=" + accepting;
        }
    }
}
