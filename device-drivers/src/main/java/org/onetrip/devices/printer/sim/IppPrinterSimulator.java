package org.onetrip.devices.printer.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.ipp.IppAttribute;
import org.onetrip.devices.printer.ipp.IppAttributeGroup;
import org.onetrip.devices.printer.ipp.IppCodec;
import org.onetrip.devices.printer.ipp.IppFormatException;
import org.onetrip.devices.printer.ipp.IppGroupTag;
import org.onetrip.devices.printer.ipp.IppJobAttributes;
import org.onetrip.devices.printer.ipp.IppMessage;
import org.onetrip.devices.printer.ipp.IppOperation;
import org.onetrip.devices.printer.ipp.IppStatus;
import org.onetrip.devices.printer.ipp.IppValue;
import org.onetrip.devices.printer.ipp.IppValueTag;

/**
 * A certificate printer simulated on loopback HTTP, speaking real IPP (RFC 8010/8011) through
 * {@link IppCodec}: Print-Job with {@code application/pdf}, Validate-Job, Get-Printer-Attributes,
 * Get-Job-Attributes, Get-Jobs (with {@code which-jobs} and {@code my-jobs}: a job's owner is the
 * requesting-user-name it was printed with) and Cancel-Job. It prints one job at a time: a job waits pending, is
 * processed for the print time, then completes, and its PDF is saved unchanged as
 * {@code job-<id>-<job-name>.pdf} in the output directory (the "output tray").
 *
 * <p>It can be told to fail, from code or by posting a command line to {@code /control}
 * (see {@link #steer(String)}): paper out, a jam, an open door, paused, slow, dropped
 * connections. A jam aborts the job being printed; the other faults hold it
 * (processing-stopped) until they are cleared, as a real printer does.
 *
 * <p>Thread-safe. Requests are served on a small pool of daemon threads; jobs advance on one
 * timer thread.
 */
public final class IppPrinterSimulator implements AutoCloseable {
    /** Where IPP requests go: {@code ipp://127.0.0.1:<port>/ipp/print}. */
    public static final String PRINT_PATH = "/ipp/print";
    /** Where a command line may be posted to steer the simulator. */
    public static final String CONTROL_PATH = "/control";
    /** How long a job is processed unless told otherwise. */
    public static final Duration DEFAULT_PRINT_TIME = Duration.ofMillis(1500);

    private static final Logger log = LoggerFactory.getLogger(IppPrinterSimulator.class);
    private static final String PDF = "application/pdf";
    private static final Pattern SAVED_JOB = Pattern.compile("job-(\\d+)-.*\\.pdf");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService timer;
    private final Optional<Path> outputDirectory;
    private final String model;
    private final List<Consumer<SimulatedJob>> listeners = new CopyOnWriteArrayList<>();
    /** Jobs by id, in arrival order; guarded by this. */
    private static final int KEPT_JOBS = 200;
    private final Map<Integer, Job> jobs = new LinkedHashMap<>();
    private final Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
    private Duration printTime;
    private int connectionsToDrop;
    private int jamAfterPages = -1;
    private int nextJobId;

    /**
     * Starts listening.
     *
     * @param port            TCP port on loopback, 0 for any free port (see {@link #port()})
     * @param outputDirectory where completed jobs are saved (created when missing); empty to keep nothing
     * @param printTime       how long each job is processed before it completes, 0 to 10 minutes
     * @throws IOException when the port cannot be bound or the directory not created
     */
    public IppPrinterSimulator(int port, Optional<Path> outputDirectory, Duration printTime) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        this.printTime = checkedPrintTime(printTime);
        this.model = "OneTrip simulated A4 printer";
        if (outputDirectory.isPresent()) {
            Files.createDirectories(outputDirectory.get());
        }
        this.nextJobId = highestSavedJob(outputDirectory) + 1;
        this.requests = Executors.newFixedThreadPool(4, daemon("ipp-printer-sim-http"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("ipp-printer-sim-jobs"));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            requests.shutdownNow();
            timer.shutdownNow();
            throw e;
        }
        server.createContext(PRINT_PATH, this::serveIpp);
        server.createContext(CONTROL_PATH, this::serveControl);
        server.setExecutor(requests);
        server.start();
        log.info("IPP printer simulator on {}, saving to {}", uri(), outputDirectory.map(Path::toString).orElse("nowhere"));
    }

    /** The printer's address for an IPP client. */
    public URI uri() {
        return URI.create("ipp://127.0.0.1:" + port() + PRINT_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Optional<Path> outputDirectory() {
        return outputDirectory;
    }

    /** Puts the printer in a fault; a job being printed is held, or aborted for a jam. */
    public synchronized void set(PrinterCondition condition) {
        Objects.requireNonNull(condition, "condition");
        conditions.add(condition);
        Job active = activeJob();
        if (active != null && active.state == JobState.PROCESSING) {
            active.stopTimer();
            move(active, condition == PrinterCondition.MEDIA_JAM ? JobState.ABORTED : JobState.PROCESSING_STOPPED);
            if (condition == PrinterCondition.MEDIA_JAM) {
                dispatchLater();
            }
        }
    }

    /** Clears a fault; once none is left, a held job carries on and waiting jobs are printed. */
    public synchronized void clear(PrinterCondition condition) {
        conditions.remove(condition);
        if (conditions.isEmpty()) {
            Job active = activeJob();
            if (active != null && active.state == JobState.PROCESSING_STOPPED) {
                process(active);
            }
            dispatchLater();
        }
    }

    /** Clears every fault. */
    public synchronized void clearAll() {
        for (PrinterCondition condition : List.copyOf(conditions)) {
            clear(condition);
        }
    }

    public synchronized Set<PrinterCondition> conditions() {
        return conditions.isEmpty() ? Set.of() : Set.copyOf(conditions);
    }

    /** How long each job started from now on is processed; a long time makes a slow printer. */
    public synchronized void printTime(Duration time) {
        this.printTime = checkedPrintTime(time);
    }

    /**
     * The next job printed jams after {@code pages} of its pages (0 = at its first page), as
     * paper caught mid-certificate: the job is aborted with those pages counted as printed, and
     * the printer reports {@code media-jam-error} until {@link #clear} of
     * {@link PrinterCondition#MEDIA_JAM}. A job with no more pages than that prints in full and
     * uses the jam up.
     */
    public synchronized void jamAfterPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must be 0 or more, was " + pages);
        }
        jamAfterPages = pages;
    }

    /** Closes the next {@code count} connections without an answer, as a printer that reboots does. */
    public synchronized void dropConnections(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        connectionsToDrop = count;
    }

    /** The jobs received so far, oldest first: every unfinished one and the latest finished ones, 200 in all. */
    public synchronized List<SimulatedJob> jobs() {
        return jobs.values().stream().map(Job::snapshot).toList();
    }

    /**
     * Tells the listener of every job that arrives or changes state, on the simulator's
     * threads, while the simulator is locked: it must return quickly and not wait on a client.
     */
    public void addJobListener(Consumer<SimulatedJob> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Carries out one control line and answers what happened. Lines: {@code media-empty},
     * {@code media-jam}, {@code door-open}, {@code pause} put the printer in that fault;
     * {@code load-paper}, {@code clear-jam}, {@code close-door}, {@code resume} clear one;
     * {@code ready} clears all; {@code slow DURATION} and {@code fast} set the print time
     * ({@code 500ms}, {@code 20s}, {@code 2m}); {@code drop N} drops the next N connections;
     * {@code jam-after PAGES} jams the next job after that many pages ({@link #jamAfterPages});
     * {@code status} and {@code jobs} report.
     *
     * @throws IllegalArgumentException for a line it does not know, listing the ones it does
     */
    public String steer(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        switch (words[0]) {
            case "media-empty", "paper-out" -> set(PrinterCondition.MEDIA_EMPTY);
            case "media-jam", "jam" -> set(PrinterCondition.MEDIA_JAM);
            case "door-open" -> set(PrinterCondition.DOOR_OPEN);
            case "pause", "stop" -> set(PrinterCondition.PAUSED);
            case "load-paper" -> clear(PrinterCondition.MEDIA_EMPTY);
            case "clear-jam" -> clear(PrinterCondition.MEDIA_JAM);
            case "close-door" -> clear(PrinterCondition.DOOR_OPEN);
            case "resume" -> clear(PrinterCondition.PAUSED);
            case "ready" -> clearAll();
            case "slow" -> printTime(duration(argument(words, "slow DURATION")));
            case "fast" -> printTime(Duration.ZERO);
            case "drop" -> dropConnections(count(argument(words, "drop N")));
            case "jam-after" -> jamAfterPages(count(argument(words, "jam-after PAGES")));
            case "status", "" -> {
                return describe();
            }
            case "jobs" -> {
                return String.join("\n", jobs().stream().map(j -> j.jobId() + " " + j.jobName() + " " + j.state()
                        + j.printed().map(p -> " " + p).orElse("")).toList());
            }
            default -> throw new IllegalArgumentException("unknown command '" + words[0] + "'; commands: media-empty, "
                    + "media-jam, jam-after PAGES, door-open, pause, load-paper, clear-jam, close-door, resume, ready, "
                    + "slow DURATION, fast, drop N, status, jobs");
        }
        return describe();
    }

    /** The printer's state in one line, e.g. {@code stopped [media-jam-error], print time 1500 ms, 3 jobs}. */
    public synchronized String describe() {
        return activity() + " " + reasonKeywords() + ", print time " + printTime.toMillis() + " ms, " + jobs.size()
                + " jobs";
    }

    /** Stops listening and drops every job not yet printed. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        timer.shutdownNow();
    }

    // ---- IPP over HTTP

    private void serveIpp(HttpExchange exchange) throws IOException {
        try (exchange) {
            synchronized (this) {
                if (connectionsToDrop > 0) {
                    connectionsToDrop--;
                    // throwing makes the JDK server close the connection without an answer
                    throw new IOException("dropping the connection as told");
                }
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            IppMessage answer;
            try {
                answer = answer(IppCodec.decode(body));
            } catch (IppFormatException e) {
                answer = response(IppStatus.BAD_REQUEST, 0, "malformed request: " + e.getMessage(), List.of());
            }
            byte[] bytes = IppCodec.encode(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/ipp");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private void serveControl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String line = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            String text;
            try {
                text = steer(line);
            } catch (IllegalArgumentException e) {
                status = 400;
                text = e.getMessage();
            }
            byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private IppMessage answer(IppMessage request) {
        int id = request.requestId();
        Optional<IppOperation> operation = Arrays.stream(IppOperation.values()).filter(o -> o.code() == request.code())
                .findFirst();
        if (operation.isEmpty()) {
            return response(IppStatus.OPERATION_NOT_SUPPORTED, id, "operation " + request.code() + " is not supported",
                    List.of());
        }
        return switch (operation.get()) {
            case GET_PRINTER_ATTRIBUTES -> printerAttributes(id);
            case VALIDATE_JOB -> checkFormat(request).orElseGet(() -> response(IppStatus.OK, id, null, List.of()));
            case PRINT_JOB -> checkFormat(request).orElseGet(() -> printJob(request));
            case GET_JOB_ATTRIBUTES -> jobAttributes(id, jobIdOf(request));
            case CANCEL_JOB -> cancelJob(id, jobIdOf(request));
            case GET_JOBS -> listJobs(request);
        };
    }

    private Optional<IppMessage> checkFormat(IppMessage request) {
        String format = request.attribute(IppGroupTag.OPERATION, "document-format").map(IppAttribute::strings)
                .flatMap(s -> s.stream().findFirst()).orElse(PDF);
        if (!format.equals(PDF)) {
            return Optional.of(response(IppStatus.DOCUMENT_FORMAT_NOT_SUPPORTED, request.requestId(),
                    "only " + PDF + " is printed, not " + format, List.of()));
        }
        return Optional.empty();
    }

    private synchronized IppMessage printerAttributes(int requestId) {
        return response(IppStatus.OK, requestId, null, List.of(new IppAttributeGroup(IppGroupTag.PRINTER, List.of(
                IppAttribute.of("printer-uri-supported", new IppValue.StringValue(IppValueTag.URI, uri().toString())),
                IppAttribute.of("printer-name", new IppValue.StringValue(IppValueTag.NAME, "onetrip-sim")),
                IppAttribute.of("printer-state", new IppValue.EnumValue(activity())),
                new IppAttribute("printer-state-reasons", reasonKeywords().stream()
                        .map(k -> (IppValue) new IppValue.StringValue(IppValueTag.KEYWORD, k)).toList()),
                IppAttribute.of("printer-state-message", new IppValue.StringValue(IppValueTag.TEXT, describe())),
                IppAttribute.of("printer-is-accepting-jobs", new IppValue.BooleanValue(true)),
                IppAttribute.of("printer-make-and-model", new IppValue.StringValue(IppValueTag.TEXT, model)),
                IppAttribute.of("document-format-supported", new IppValue.StringValue(IppValueTag.MIME_MEDIA_TYPE, PDF)),
                IppAttribute.of("queued-job-count", new IppValue.IntegerValue((int) jobs.values().stream()
                        .filter(j -> !j.state.isFinal()).count()))))));
    }

    private IppMessage printJob(IppMessage request) {
        byte[] pdf = request.data();
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return response(IppStatus.DOCUMENT_FORMAT_ERROR, request.requestId(), "the document is not a PDF", List.of());
        }
        String name = request.attribute(IppGroupTag.OPERATION, "job-name").map(IppAttribute::strings)
                .flatMap(s -> s.stream().findFirst()).orElse("untitled");
        int pages = pageCount(pdf);
        synchronized (this) {
            Job job = new Job(nextJobId++, name, userOf(request).orElse("anonymous"), pdf, pages);
            jobs.put(job.id, job);
            forgetOldJobs();
            tell(job);
            dispatchLater();
            return response(IppStatus.OK, request.requestId(), null, List.of(job.attributes()));
        }
    }

    private synchronized IppMessage jobAttributes(int requestId, int jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            return response(IppStatus.NOT_FOUND, requestId, "no job " + jobId, List.of());
        }
        return response(IppStatus.OK, requestId, null, List.of(job.attributes()));
    }

    private synchronized IppMessage cancelJob(int requestId, int jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            return response(IppStatus.NOT_FOUND, requestId, "no job " + jobId, List.of());
        }
        if (job.state.isFinal()) {
            return response(IppStatus.NOT_POSSIBLE, requestId, "job " + jobId + " is already " + job.state, List.of());
        }
        boolean wasActive = job == activeJob();
        job.stopTimer();
        move(job, JobState.CANCELED);
        if (wasActive) {
            dispatchLater();
        }
        return response(IppStatus.OK, requestId, null, List.of());
    }

    private synchronized IppMessage listJobs(IppMessage request) {
        String which = request.attribute(IppGroupTag.OPERATION, "which-jobs").map(IppAttribute::strings)
                .flatMap(s -> s.stream().findFirst()).orElse("not-completed");
        if (!List.of("not-completed", "completed", "all").contains(which)) {
            return response(IppStatus.ATTRIBUTES_OR_VALUES_NOT_SUPPORTED, request.requestId(),
                    "which-jobs " + which + " is not supported", List.of());
        }
        boolean mine = request.attribute(IppGroupTag.OPERATION, "my-jobs").flatMap(IppAttribute::firstBoolean).orElse(false);
        Optional<String> user = userOf(request);
        if (mine && user.isEmpty()) {
            return response(IppStatus.BAD_REQUEST, request.requestId(), "my-jobs needs a requesting-user-name", List.of());
        }
        List<IppAttributeGroup> listed = jobs.values().stream()
                .filter(j -> which.equals("all") || j.state.isFinal() == which.equals("completed"))
                .filter(j -> !mine || j.owner.equalsIgnoreCase(user.get()))
                .map(Job::attributes).toList();
        return response(IppStatus.OK, request.requestId(), null, listed);
    }

    private static Optional<String> userOf(IppMessage request) {
        return request.attribute(IppGroupTag.OPERATION, "requesting-user-name").map(IppAttribute::strings)
                .flatMap(s -> s.stream().findFirst());
    }

    private static int jobIdOf(IppMessage request) {
        return request.attribute(IppGroupTag.OPERATION, "job-id").flatMap(IppAttribute::firstInt).orElse(-1);
    }

    private static IppMessage response(int status, int requestId, String message, List<IppAttributeGroup> more) {
        List<IppAttribute> operation = new ArrayList<>(List.of(
                IppAttribute.of("attributes-charset", new IppValue.StringValue(IppValueTag.CHARSET, "utf-8")),
                IppAttribute.of("attributes-natural-language", new IppValue.StringValue(IppValueTag.NATURAL_LANGUAGE, "en"))));
        if (message != null) {
            operation.add(IppAttribute.of("status-message", new IppValue.StringValue(IppValueTag.TEXT, message)));
        }
        List<IppAttributeGroup> groups = new ArrayList<>();
        groups.add(new IppAttributeGroup(IppGroupTag.OPERATION, operation));
        groups.addAll(more);
        return new IppMessage(IppMessage.VERSION_2_0, status, requestId, groups, new byte[0]);
    }

    // ---- the print engine; all under this object's lock

    private int activity() {
        if (!conditions.isEmpty()) {
            return 5;
        }
        return activeJob() != null ? 4 : 3;
    }

    private List<String> reasonKeywords() {
        return conditions.isEmpty() ? List.of("none") : conditions.stream().map(PrinterCondition::keyword).toList();
    }

    /** The job being printed or held mid-print, if any: the printer prints one at a time. */
    private Job activeJob() {
        for (Job job : jobs.values()) {
            if (job.state == JobState.PROCESSING || job.state == JobState.PROCESSING_STOPPED) {
                return job;
            }
        }
        return null;
    }

    private void dispatchLater() {
        try {
            timer.execute(this::dispatch);
        } catch (RejectedExecutionException closed) {
            // closed: nothing more is printed
        }
    }

    private synchronized void dispatch() {
        if (!conditions.isEmpty() || activeJob() != null) {
            return;
        }
        jobs.values().stream().filter(j -> j.state == JobState.PENDING).findFirst().ifPresent(this::process);
    }

    private void process(Job job) {
        move(job, JobState.PROCESSING);
        if (job.state != JobState.PROCESSING) {
            // a listener put the printer in a fault on the spot
            return;
        }
        try {
            int jamAt = jamAfterPages;
            jamAfterPages = -1;
            if (jamAt >= 0 && jamAt < job.pages) {
                long untilJam = printTime.toMillis() * jamAt / Math.max(1, job.pages);
                job.timer = timer.schedule(() -> jamMidJob(job, jamAt), untilJam, TimeUnit.MILLISECONDS);
            } else {
                job.timer = timer.schedule(() -> complete(job), printTime.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException closed) {
            // closed: the job is never finished, as when a printer is switched off mid-page
        }
    }

    private synchronized void jamMidJob(Job job, int pagesPrinted) {
        if (job.state != JobState.PROCESSING) {
            return;
        }
        job.impressions = pagesPrinted;
        set(PrinterCondition.MEDIA_JAM);
    }

    private synchronized void complete(Job job) {
        if (job.state != JobState.PROCESSING) {
            return;
        }
        if (outputDirectory.isPresent()) {
            try {
                job.printed = save(outputDirectory.get(), job);
            } catch (IOException e) {
                // an output tray that cannot take the page: the job fails as on a real printer
                log.warn("cannot save job {}: {}", job.id, e.getMessage());
                move(job, JobState.ABORTED);
                dispatchLater();
                return;
            }
        }
        move(job, JobState.COMPLETED);
        dispatchLater();
    }

    private static Path save(Path directory, Job job) throws IOException {
        String safeName = job.name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path target = directory.resolve("job-" + job.id + "-" + safeName + ".pdf");
        Path partial = directory.resolve(".job-" + job.id + ".partial");
        Files.write(partial, job.pdf);
        // readers never see half a document
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private void move(Job job, JobState state) {
        job.state = state;
        if (state.isFinal()) {
            job.timer = null;
        }
        tell(job);
    }

    private void tell(Job job) {
        SimulatedJob snapshot = job.snapshot();
        for (Consumer<SimulatedJob> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                log.warn("job listener failed on {}", snapshot, e);
            }
        }
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Math.max(1, document.getNumberOfPages());
        } catch (IOException | RuntimeException e) {
            // a printer prints what it can; the count is only reported back
            return 1;
        }
    }

    private static int highestSavedJob(Optional<Path> directory) throws IOException {
        if (directory.isEmpty()) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory.get())) {
            return files.map(p -> SAVED_JOB.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Duration checkedPrintTime(Duration time) {
        Objects.requireNonNull(time, "printTime");
        if (time.isNegative() || time.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("print time must be 0 to 10 minutes, was " + time);
        }
        return time;
    }

    /** {@code 500ms}, {@code 20s} or {@code 2m}. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a duration is a number with ms, s or m, e.g. 20s; was '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a count is a whole number, was '" + text + "'");
        }
    }

    private static String argument(String[] words, String usage) {
        if (words.length < 2) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return words[1];
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A job; its mutable fields are guarded by the simulator's lock. */
    /** A simulator that prints for months keeps only the latest finished jobs (their files stay on disk). */
    private void forgetOldJobs() {
        var oldestFirst = jobs.values().iterator();
        while (jobs.size() > KEPT_JOBS && oldestFirst.hasNext()) {
            if (oldestFirst.next().state.isFinal()) {
                oldestFirst.remove();
            }
        }
    }

    private static final class Job {
        final int id;
        final String name;
        final String owner;
        final byte[] pdf;
        final int pages;
        JobState state = JobState.PENDING;
        int impressions;
        ScheduledFuture<?> timer;
        Path printed;

        Job(int id, String name, String owner, byte[] pdf, int pages) {
            this.id = id;
            this.name = name;
            this.owner = owner;
            this.pdf = pdf;
            this.pages = pages;
        }

        void stopTimer() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        SimulatedJob snapshot() {
            return new SimulatedJob(id, name, state, pages, Optional.ofNullable(printed));
        }

        IppAttributeGroup attributes() {
            String reason = switch (state) {
                case COMPLETED -> "job-completed-successfully";
                case CANCELED -> "job-canceled-by-user";
                case ABORTED -> "aborted-by-system";
                case PROCESSING_STOPPED -> "printer-stopped";
                default -> "none";
            };
            return new IppAttributeGroup(IppGroupTag.JOB, List.of(
                    IppAttribute.of("job-id", new IppValue.IntegerValue(id)),
                    IppAttribute.of("job-name", new IppValue.StringValue(IppValueTag.NAME, name)),
                    IppAttribute.of("job-originating-user-name", new IppValue.StringValue(IppValueTag.NAME, owner)),
                    IppAttribute.of("job-state", new IppValue.EnumValue(IppJobAttributes.code(state))),
                    IppAttribute.of("job-state-reasons", new IppValue.StringValue(IppValueTag.KEYWORD, reason)),
                    IppAttribute.of("job-impressions-completed",
                            new IppValue.IntegerValue(state == JobState.COMPLETED ? pages : impressions))));
        }
    }
}
