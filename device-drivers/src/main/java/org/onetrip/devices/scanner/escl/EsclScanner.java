package org.onetrip.devices.scanner.escl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.onetrip.devices.DeviceThread;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.scanner.ScanFailed;
import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.scanner.ScanJob;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScanStart;
import org.onetrip.devices.scanner.ScanStep;
import org.onetrip.devices.scanner.ScannedPage;
import org.onetrip.devices.scanner.ScannerCapabilities;
import org.onetrip.devices.scanner.ScannerException;
import org.onetrip.devices.status.DeviceCounters;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A driverless network scanner speaking eSCL over HTTP: capabilities and status are read with GET,
 * a job is created with a POST of ScanSettings, pages are fetched from the job's {@code NextDocument}
 * until the scanner answers 404, and a job is cancelled with DELETE.
 *
 * <p>Pages stream straight from the socket into the spool directory; a page file appears under its
 * final name only once complete.
 */
public final class EsclScanner implements DocumentScanner {
    private static final Logger LOG = LoggerFactory.getLogger(EsclScanner.class);
    private static final String XML = "text/xml";

    private final URI base;
    private final EsclSettings settings;
    private final Clock clock;
    private final HttpClient client;
    private final DeviceThread thread;
    private final DeviceHealth health;
    private final DeviceCounters counters = new DeviceCounters();
    private final AtomicInteger jobCount = new AtomicInteger();
    private ScannerCapabilities capabilities;
    private volatile EsclJob active;

    /**
     * @param base the scanner's eSCL root, e.g. {@code http://10.0.0.7/eSCL/} (a missing final '/' is added)
     */
    public EsclScanner(URI base, EsclSettings settings, Clock clock) {
        String scheme = base.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || base.getHost() == null) {
            throw new IllegalArgumentException("eSCL address must be http:// or https:// with a host, was " + base);
        }
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.settings = settings;
        this.clock = clock;
        // HTTP/1.1: scanners do not speak HTTP/2, and an h2c upgrade attempt confuses some
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout()).build();
        this.thread = new DeviceThread("scanner-escl");
        this.health = new DeviceHealth("scanner", DeviceState.OFFLINE, clock);
    }

    @Override
    public CompletableFuture<ScannerCapabilities> capabilities() {
        return thread.submit(this::capabilitiesNow);
    }

    @Override
    public CompletableFuture<ScanStart> start(ScanRequest request, Path spool) {
        return thread.submit(() -> startNow(request, spool));
    }

    @Override
    public CompletableFuture<DeviceStatus> refreshStatus() {
        return thread.submit(() -> {
            try {
                readStatus();
            } catch (Unreachable e) {
                offline(e);
            } catch (EsclFormatException e) {
                // already reported in the health as a protocol error
                LOG.debug("malformed ScannerStatus: {}", e.getMessage());
            }
            return health.current();
        });
    }

    @Override
    public CompletableFuture<SelfTestResult> selfTest() {
        return thread.submit(() -> {
            Instant began = clock.instant();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("scanner", base.toString());
            try {
                ScannerCapabilities caps = capabilitiesNow();
                details.put("model", caps.model());
                details.put("sources", caps.sources().toString());
                details.put("resolutions", caps.resolutions().toString());
                EsclStatus status = readStatus();
                details.put("state", status.state().keyword());
                status.adf().ifPresent(adf -> details.put("adfState", adf.keyword()));
                boolean ok = status.deviceState().isUsable();
                return new SelfTestResult(ok, details, Duration.between(began, clock.instant()),
                        ok ? "scanner answered, " + status.state().keyword() : "scanner reports " + health.current().reasons());
            } catch (ScannerException | EsclFormatException e) {
                return new SelfTestResult(false, details, Duration.between(began, clock.instant()), e.getMessage());
            } catch (Unreachable e) {
                offline(e);
                return new SelfTestResult(false, details, Duration.between(began, clock.instant()), e.getMessage());
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
        // a job left running would keep the scanner busy for the next citizen
        thread.closeAfter(() -> {
            EsclJob job = active;
            if (job != null && job.end == null) {
                job.deleteNow();
            }
        });
    }

    private ScannerCapabilities capabilitiesNow() {
        if (capabilities != null) {
            return capabilities;
        }
        try {
            HttpResponse<byte[]> answer = send(get("ScannerCapabilities"), HttpResponse.BodyHandlers.ofByteArray(),
                    settings.requestTimeout());
            if (answer.statusCode() != 200) {
                ScanFailure failure = EsclAnswer.failureOf(answer.statusCode());
                throw new ScannerException(failure, "HTTP " + answer.statusCode() + " for ScannerCapabilities", null);
            }
            capabilities = EsclCodec.capabilities(answer.body());
            return capabilities;
        } catch (Unreachable e) {
            offline(e);
            throw new ScannerException(ScanFailure.SCANNER_OFFLINE, e.getMessage(), e);
        } catch (EsclFormatException e) {
            throw new ScannerException(ScanFailure.PROTOCOL_ERROR, "ScannerCapabilities: " + e.getMessage(), e);
        }
    }

    private ScanStart startNow(ScanRequest request, Path spool) {
        counters.increment("jobsStarted");
        if (!Files.isDirectory(spool)) {
            return failed(ScanFailure.SPOOL_FAILED, 0, "spool directory " + spool + " does not exist");
        }
        ScannerCapabilities caps;
        try {
            caps = capabilitiesNow();
        } catch (ScannerException e) {
            return failed(e.reason(), 0, e.getMessage());
        }
        Optional<String> refusal = caps.refusal(request);
        if (refusal.isPresent()) {
            return failed(ScanFailure.SETTINGS_REFUSED, 0, refusal.get());
        }
        try {
            EsclStatus status = readStatus();
            if (status.state() == EsclStatus.ScannerState.PROCESSING && !ownJobRunning()) {
                status = cancelLeftJobs(status);
            }
            Optional<ScanFailure> blocked = blocking(status, request.source());
            if (blocked.isPresent()) {
                return failed(blocked.get(), 0, "scanner state " + status.state().keyword()
                        + status.adf().map(a -> ", ADF " + a.keyword()).orElse(""));
            }
            HttpRequest post = HttpRequest.newBuilder(base.resolve("ScanJobs")).timeout(settings.requestTimeout())
                    .header("Content-Type", XML)
                    .POST(HttpRequest.BodyPublishers.ofString(EsclCodec.scanSettings(request), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> answer = send(post, HttpResponse.BodyHandlers.discarding(), settings.requestTimeout());
            if (answer.statusCode() == 409) {
                Set<DeviceReason> reasons = readStatus().reasons();
                return failed(EsclAnswer.conflictOf(reasons), 0, "HTTP 409 creating the job");
            }
            if (answer.statusCode() != 201) {
                return failed(EsclAnswer.failureOf(answer.statusCode()), 0, "HTTP " + answer.statusCode() + " creating the job");
            }
            Optional<String> location = answer.headers().firstValue("Location");
            if (location.isEmpty()) {
                return failed(ScanFailure.PROTOCOL_ERROR, 0, "HTTP 201 without a Location for the job");
            }
            URI job = base.resolve(location.get());
            health.update(DeviceState.BUSY, health.current().reasons(), Optional.empty());
            LOG.info("scan job {} started: {} {} dpi {}", job.getPath(), request.source(), request.resolutionDpi(),
                    request.colorMode());
            EsclJob started = new EsclJob(job, request, spool, jobCount.incrementAndGet());
            active = started;
            return new ScanStart.Started(started);
        } catch (Unreachable e) {
            offline(e);
            return failed(ScanFailure.SCANNER_OFFLINE, 0, e.getMessage());
        } catch (EsclFormatException e) {
            return failed(ScanFailure.PROTOCOL_ERROR, 0, "ScannerStatus: " + e.getMessage());
        }
    }

    private boolean ownJobRunning() {
        EsclJob job = active;
        return job != null && job.end == null;
    }

    /**
     * Cancels the jobs the scanner is still processing although this kiosk runs none: left by a kiosk
     * that was killed mid-scan, or by a scan whose pages could not be taken. Their pages belong to an
     * earlier citizen and must not hold the scanner for the next one.
     */
    private EsclStatus cancelLeftJobs(EsclStatus status) throws Unreachable, EsclFormatException {
        for (EsclStatus.JobInfo left : status.jobs()) {
            URI uri = base.resolve(left.uri());
            if (!left.state().equals("Processing") || !sameScanner(uri)) {
                continue;
            }
            HttpRequest delete = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                    .DELETE().build();
            int code = send(delete, HttpResponse.BodyHandlers.discarding(), settings.requestTimeout()).statusCode();
            counters.increment("leftJobsCancelled");
            LOG.warn("scan job {} was still running with no scan of this kiosk behind it; cancelled (HTTP {})",
                    left.uri(), code);
        }
        return readStatus();
    }

    /** A job address the scanner lists is only followed to the scanner itself. */
    private boolean sameScanner(URI uri) {
        return base.getScheme().equals(uri.getScheme()) && base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                && base.getPort() == uri.getPort();
    }

    private static Optional<ScanFailure> blocking(EsclStatus status, ScanSource source) {
        Set<DeviceReason> reasons = status.reasons();
        if (status.state() == EsclStatus.ScannerState.DOWN) {
            return Optional.of(ScanFailure.SCANNER_OFFLINE);
        }
        if (reasons.contains(DeviceReason.MEDIA_JAM)) {
            return Optional.of(ScanFailure.MEDIA_JAM);
        }
        if (reasons.contains(DeviceReason.COVER_OPEN)) {
            return Optional.of(ScanFailure.COVER_OPEN);
        }
        if (source == ScanSource.FEEDER && reasons.contains(DeviceReason.FEEDER_EMPTY)) {
            return Optional.of(ScanFailure.FEEDER_EMPTY);
        }
        if (status.state() == EsclStatus.ScannerState.PROCESSING) {
            return Optional.of(ScanFailure.SCANNER_BUSY);
        }
        return Optional.empty();
    }

    private EsclStatus readStatus() throws Unreachable {
        HttpResponse<byte[]> answer = send(get("ScannerStatus"), HttpResponse.BodyHandlers.ofByteArray(),
                settings.requestTimeout());
        if (answer.statusCode() != 200) {
            health.report(DeviceState.HARDWARE_ERROR, DeviceReason.PROTOCOL_ERROR,
                    "HTTP " + answer.statusCode() + " for ScannerStatus");
            throw new EsclFormatException("HTTP " + answer.statusCode() + " for ScannerStatus");
        }
        EsclStatus status;
        try {
            status = EsclCodec.status(answer.body());
        } catch (EsclFormatException e) {
            health.report(DeviceState.HARDWARE_ERROR, DeviceReason.PROTOCOL_ERROR, "ScannerStatus: " + e.getMessage());
            throw e;
        }
        health.update(status.deviceState(), status.reasons(), Optional.empty());
        return status;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(settings.requestTimeout()).GET().build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, Duration timeout)
            throws Unreachable {
        try {
            return client.send(request, handler);
        } catch (HttpTimeoutException e) {
            throw new Unreachable(DeviceReason.TIMEOUT, "no answer from " + request.uri() + " within " + timeout.toMillis()
                    + " ms", e);
        } catch (IOException e) {
            throw new Unreachable(DeviceReason.PORT_MISSING, "cannot reach " + request.uri() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(DeviceReason.TIMEOUT, "interrupted while waiting for " + request.uri(), e);
        }
    }

    private void offline(Unreachable e) {
        health.report(DeviceState.OFFLINE, e.reason, e.getMessage());
    }

    private ScanFailed failed(ScanFailure reason, int pages, String detail) {
        counters.increment("scanFailure." + reason.name());
        LOG.info("scan refused or stopped: {} ({})", reason, detail);
        return new ScanFailed(reason, health.current().reasons(), pages, detail);
    }

    /** A job the scanner accepted. Its fields change only on the scanner's thread. */
    private final class EsclJob implements ScanJob {
        private final URI job;
        private final ScanRequest request;
        private final Path spool;
        private final int serial;
        private int pages;
        private volatile ScanStep end;
        private volatile boolean closed;

        EsclJob(URI job, ScanRequest request, Path spool, int serial) {
            this.job = job;
            this.request = request;
            this.spool = spool;
            this.serial = serial;
        }

        @Override
        public CompletableFuture<ScanStep> nextPage() {
            return attempt(0);
        }

        private CompletableFuture<ScanStep> attempt(int retries) {
            return next(thread.submit(() -> fetch(retries)), retries);
        }

        /** The busy scanner is asked again after the retry delay, on the scanner's thread. */
        private CompletableFuture<ScanStep> later(int retries) {
            return next(thread.submitAfter(() -> fetch(retries), settings.busyRetryDelay()), retries);
        }

        private CompletableFuture<ScanStep> next(CompletableFuture<Optional<ScanStep>> fetched, int retries) {
            return fetched.thenCompose(step -> step.isPresent()
                    ? CompletableFuture.completedFuture(step.get()) : later(retries + 1));
        }

        /** One page, the end, or empty when the scanner was busy and should be asked again. */
        private Optional<ScanStep> fetch(int retries) {
            if (end != null) {
                return Optional.of(end);
            }
            Path part = spool.resolve("escl-" + serial + "-" + (pages + 1) + ".part");
            HttpRequest get = HttpRequest.newBuilder(URI.create(job + "/NextDocument"))
                    .timeout(settings.pageTimeout()).GET().build();
            HttpResponse.BodyHandler<Path> toDisk = info -> info.statusCode() == 200
                    ? HttpResponse.BodySubscribers.ofFile(part)
                    : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.discarding(), nothing -> null);
            try {
                HttpResponse<Path> answer = send(get, toDisk, settings.pageTimeout());
                int code = answer.statusCode();
                if (code == 200) {
                    return Optional.of(page(part, answer.headers().firstValue("Content-Type").orElse(request.format())));
                }
                if (code == 503 && retries < settings.busyRetries()) {
                    return Optional.empty();
                }
                if (code == 404 || code == 410) {
                    // no more pages; a jam or an open door also ends a job with 404 on some devices
                    EsclStatus status = readStatus();
                    ScanFailure failure = EsclAnswer.conflictOf(status.reasons());
                    if (failure == ScanFailure.MEDIA_JAM || failure == ScanFailure.COVER_OPEN) {
                        return Optional.of(end(fail(failure, "HTTP " + code + " with " + status.reasons())));
                    }
                    if (pages == 0 && request.source() == ScanSource.FEEDER) {
                        return Optional.of(end(fail(ScanFailure.FEEDER_EMPTY, "HTTP " + code + " before the first page")));
                    }
                    return Optional.of(end(new ScanStep.Finished(pages)));
                }
                if (code == 409) {
                    EsclStatus status = readStatus();
                    ScanFailure failure = EsclAnswer.conflictOf(status.reasons());
                    if (failure == ScanFailure.FEEDER_EMPTY && pages > 0) {
                        return Optional.of(end(new ScanStep.Finished(pages)));
                    }
                    return Optional.of(end(fail(failure, "HTTP 409 for NextDocument, " + status.reasons())));
                }
                return Optional.of(end(fail(EsclAnswer.failureOf(code), "HTTP " + code + " for NextDocument")));
            } catch (Unreachable e) {
                deleteQuietly(part);
                offline(e);
                return Optional.of(end(fail(ScanFailure.SCANNER_OFFLINE, e.getMessage())));
            } catch (EsclFormatException e) {
                return Optional.of(end(fail(ScanFailure.PROTOCOL_ERROR, e.getMessage())));
            }
        }

        private ScanStep page(Path part, String mediaType) {
            String type = mediaType.split(";")[0].trim();
            String ext = switch (type) {
                case "image/jpeg" -> ".jpg";
                case "image/png" -> ".png";
                case "image/tiff" -> ".tif";
                case "application/pdf" -> ".pdf";
                default -> ".bin";
            };
            Path file = spool.resolve("escl-" + serial + "-" + (pages + 1) + ext);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                pages++;
                counters.increment("pagesScanned");
                return new ScanStep.Page(new ScannedPage(pages, file, type, Files.size(file)));
            } catch (IOException e) {
                deleteQuietly(part);
                return end(fail(ScanFailure.SPOOL_FAILED, "cannot keep page " + (pages + 1) + ": " + e.getMessage()));
            }
        }

        private ScanStep end(ScanStep step) {
            end = step;
            closed = true;
            try {
                readStatus();
            } catch (Unreachable e) {
                offline(e);
            } catch (EsclFormatException ignored) {
                // already reported in the health
            }
            LOG.info("scan job {} ended: {}", job.getPath(), step instanceof ScanStep.Finished f ? f.pages() + " page(s)" : step);
            return step;
        }

        private ScanFailed fail(ScanFailure reason, String detail) {
            return failed(reason, pages, detail);
        }

        @Override
        public CompletableFuture<Boolean> cancel() {
            closed = true;
            return thread.submit(() -> end == null && deleteNow());
        }

        /** Sends DELETE for the job and ends it; on the scanner's thread. */
        private boolean deleteNow() {
            HttpRequest delete = HttpRequest.newBuilder(job).timeout(settings.requestTimeout()).DELETE().build();
            try {
                HttpResponse<Void> answer = send(delete, HttpResponse.BodyHandlers.discarding(), settings.requestTimeout());
                boolean accepted = answer.statusCode() == 200 || answer.statusCode() == 204;
                end(failed(ScanFailure.JOB_CANCELED, pages, "cancelled after " + pages + " page(s)"));
                return accepted;
            } catch (Unreachable e) {
                offline(e);
                end = failed(ScanFailure.JOB_CANCELED, pages, "cancelled; the scanner did not answer");
                return false;
            }
        }

        @Override
        public void close() {
            if (!closed) {
                cancel();
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete partial page {}: {}", file.getFileName(), e.getMessage());
        }
    }

    /** The scanner did not answer: refused, reset, timed out. */
    private static final class Unreachable extends Exception {
        private final DeviceReason reason;

        Unreachable(DeviceReason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }
    }
}
