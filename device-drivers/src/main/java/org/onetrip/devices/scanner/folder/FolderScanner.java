package org.onetrip.devices.scanner.folder;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.onetrip.devices.DeviceThread;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanFailed;
import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.scanner.ScanJob;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScanStart;
import org.onetrip.devices.scanner.ScanStep;
import org.onetrip.devices.scanner.ScannedPage;
import org.onetrip.devices.scanner.ScannerCapabilities;
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
 * A document camera or any device that drops page images into a directory. A job takes the image files
 * that appear after it started; a file is taken once it is complete and stable: its size and time stamp
 * unchanged for {@link FolderSettings#settle()}, and its name not one writers use while writing
 * (a leading dot, {@code .part}, {@code .tmp}). Taken files are moved into the spool directory, so the
 * watched directory empties as pages are taken.
 *
 * <p>The device's own settings decide resolution and colour; a request's are not sent anywhere. A platen
 * job ends after one page, a feeder job when no page came for {@link FolderSettings#nextPageTimeout()}.
 */
public final class FolderScanner implements DocumentScanner {
    private static final Logger LOG = LoggerFactory.getLogger(FolderScanner.class);
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "tif", "tiff", "bmp", "gif", "webp");
    private static final Set<String> WRITING_SUFFIXES = Set.of(".part", ".tmp", ".partial", ".crdownload", "~");

    private final Path directory;
    private final FolderSettings settings;
    private final Clock clock;
    private final DeviceThread thread;
    private final DeviceHealth health;
    private final DeviceCounters counters = new DeviceCounters();
    private final AtomicInteger jobCount = new AtomicInteger();

    public FolderScanner(Path directory, FolderSettings settings, Clock clock) {
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
        this.thread = new DeviceThread("scanner-folder");
        this.health = new DeviceHealth("scanner", DeviceState.OFFLINE, clock);
    }

    @Override
    public CompletableFuture<ScannerCapabilities> capabilities() {
        return CompletableFuture.completedFuture(new ScannerCapabilities("folder " + directory,
                EnumSet.of(ScanSource.PLATEN, ScanSource.FEEDER), new TreeSet<>(Set.of(settings.resolutionDpi())),
                EnumSet.of(ScanColorMode.COLOR, ScanColorMode.GRAYSCALE), Set.of(ScanRequest.JPEG, ScanRequest.PNG)));
    }

    @Override
    public CompletableFuture<ScanStart> start(ScanRequest request, Path spool) {
        return thread.submit(() -> {
            counters.increment("jobsStarted");
            if (!checkDirectory()) {
                return failed(ScanFailure.SCANNER_OFFLINE, 0, "directory " + directory + " is missing or not writable");
            }
            if (!Files.isDirectory(spool)) {
                return failed(ScanFailure.SPOOL_FAILED, 0, "spool directory " + spool + " does not exist");
            }
            WatchService watch = FileSystems.getDefault().newWatchService();
            try {
                directory.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                Set<Path> before = listing();
                health.update(DeviceState.BUSY, Set.of(), Optional.empty());
                return new ScanStart.Started(new FolderJob(watch, before, request.source(), spool, jobCount.incrementAndGet()));
            } catch (IOException e) {
                watch.close();
                health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, "cannot watch " + directory + ": " + e.getMessage());
                return failed(ScanFailure.SCANNER_OFFLINE, 0, "cannot watch " + directory + ": " + e.getMessage());
            }
        });
    }

    @Override
    public CompletableFuture<DeviceStatus> refreshStatus() {
        return thread.submit(() -> {
            checkDirectory();
            return health.current();
        });
    }

    @Override
    public CompletableFuture<SelfTestResult> selfTest() {
        return thread.submit(() -> {
            Instant began = clock.instant();
            boolean ok = checkDirectory();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("directory", directory.toString());
            details.put("resolution", settings.resolutionDpi() + " dpi");
            return new SelfTestResult(ok, details, Duration.between(began, clock.instant()),
                    ok ? "directory present and writable" : "directory missing or not writable");
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

    private boolean checkDirectory() {
        boolean ok = Files.isDirectory(directory) && Files.isWritable(directory);
        if (ok) {
            health.online();
        } else {
            health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, "directory " + directory + " is missing or not writable");
        }
        return ok;
    }

    private Set<Path> listing() throws IOException {
        Set<Path> names = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                names.add(file.getFileName());
            }
        }
        return names;
    }

    private ScanFailed failed(ScanFailure reason, int pages, String detail) {
        counters.increment("scanFailure." + reason.name());
        LOG.info("folder scan refused or stopped: {} ({})", reason, detail);
        return new ScanFailed(reason, health.current().reasons(), pages, detail);
    }

    static boolean isPageName(Path name) {
        String text = name.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.startsWith(".") || WRITING_SUFFIXES.stream().anyMatch(lower::endsWith)) {
            return false;
        }
        int dot = lower.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(lower.substring(dot + 1));
    }

    /** What a file looked like when last seen, and when it last changed (System.nanoTime). */
    private record Seen(long size, long modified, long changedAt) {
    }

    private final class FolderJob implements ScanJob {
        private final WatchService watch;
        private final Set<Path> taken;
        private final ScanSource source;
        private final Path spool;
        private final int serial;
        private final Map<Path, Seen> pending = new HashMap<>();
        private int pages;
        private volatile ScanStep end;
        private volatile boolean cancelled;

        FolderJob(WatchService watch, Set<Path> before, ScanSource source, Path spool, int serial) {
            this.watch = watch;
            this.taken = new HashSet<>(before);
            this.source = source;
            this.spool = spool;
            this.serial = serial;
        }

        @Override
        public CompletableFuture<ScanStep> nextPage() {
            return thread.submit(this::waitForPage);
        }

        private ScanStep waitForPage() {
            if (end != null) {
                return end;
            }
            if (source == ScanSource.PLATEN && pages == 1) {
                return finish(new ScanStep.Finished(pages));
            }
            long settle = settings.settle().toNanos();
            long deadline = System.nanoTime() + (pages == 0 ? settings.firstPageTimeout() : settings.nextPageTimeout()).toNanos();
            try {
                while (true) {
                    if (cancelled) {
                        return finish(failed(ScanFailure.JOB_CANCELED, pages, "cancelled after " + pages + " page(s)"));
                    }
                    long now = System.nanoTime();
                    Optional<ScanStep> page = takeStable(now, settle);
                    if (page.isPresent()) {
                        return page.get();
                    }
                    long next = deadline;
                    for (Seen seen : pending.values()) {
                        next = Math.min(next, seen.changedAt() + settle);
                    }
                    if (pending.isEmpty() && now >= deadline) {
                        return pages == 0
                                ? finish(failed(ScanFailure.NO_PAGE, 0, "no image file appeared in " + directory + " within "
                                        + settings.firstPageTimeout().toSeconds() + " s"))
                                : finish(new ScanStep.Finished(pages));
                    }
                    // wake at least every settle period so that a cancel is seen soon
                    long wait = Math.max(1, Math.min(next - now, settle));
                    WatchKey key = watch.poll(wait, TimeUnit.NANOSECONDS);
                    if (key != null) {
                        observe(key);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return finish(failed(ScanFailure.JOB_CANCELED, pages, "interrupted"));
            } catch (ClosedWatchServiceException e) {
                return finish(failed(ScanFailure.JOB_CANCELED, pages, "job closed"));
            } catch (IOException e) {
                health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, "cannot read " + directory + ": " + e.getMessage());
                return finish(failed(ScanFailure.SCANNER_OFFLINE, pages, "cannot read " + directory + ": " + e.getMessage()));
            }
        }

        private void observe(WatchKey key) throws IOException {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    // events were lost: look at the whole directory instead
                    for (Path name : listing()) {
                        notice(name);
                    }
                } else if (event.context() instanceof Path name) {
                    notice(name);
                }
            }
            if (!key.reset()) {
                throw new IOException("the directory is no longer accessible");
            }
        }

        private void notice(Path name) throws IOException {
            if (taken.contains(name) || !isPageName(name)) {
                return;
            }
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                pending.remove(name);
                return;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Seen before = pending.get(name);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            if (before == null || before.size() != size || before.modified() != modified) {
                pending.put(name, new Seen(size, modified, System.nanoTime()));
            }
        }

        /** Takes the oldest pending file that has been quiet for the settle time, if any. */
        private Optional<ScanStep> takeStable(long now, long settle) throws IOException {
            Path ready = null;
            long oldest = Long.MAX_VALUE;
            for (Map.Entry<Path, Seen> entry : new HashMap<>(pending).entrySet()) {
                Seen seen = entry.getValue();
                if (now - seen.changedAt() < settle) {
                    continue;
                }
                Path file = directory.resolve(entry.getKey());
                if (!Files.isRegularFile(file)) {
                    pending.remove(entry.getKey());
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.size() != seen.size() || attributes.lastModifiedTime().toMillis() != seen.modified()) {
                    // changed without an event reaching us yet: wait another settle period
                    pending.put(entry.getKey(), new Seen(attributes.size(), attributes.lastModifiedTime().toMillis(), now));
                } else if (seen.size() > 0 && seen.changedAt() < oldest) {
                    oldest = seen.changedAt();
                    ready = entry.getKey();
                }
            }
            if (ready == null) {
                return Optional.empty();
            }
            pending.remove(ready);
            taken.add(ready);
            String name = ready.toString();
            String ext = name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
            Path target = spool.resolve("folder-" + serial + "-" + (pages + 1) + ext);
            try {
                Files.move(directory.resolve(ready), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                return Optional.of(finish(failed(ScanFailure.SPOOL_FAILED, pages, "cannot move " + ready + " into the spool: "
                        + e.getMessage())));
            }
            pages++;
            counters.increment("pagesScanned");
            return Optional.of(new ScanStep.Page(new ScannedPage(pages, target, mediaType(ext), Files.size(target))));
        }

        private ScanStep finish(ScanStep step) {
            end = step;
            try {
                watch.close();
            } catch (IOException e) {
                LOG.warn("cannot close the directory watch: {}", e.getMessage());
            }
            checkDirectory();
            return step;
        }

        @Override
        public CompletableFuture<Boolean> cancel() {
            cancelled = true;
            return thread.submit(() -> {
                if (end == null) {
                    finish(failed(ScanFailure.JOB_CANCELED, pages, "cancelled after " + pages + " page(s)"));
                    return true;
                }
                return false;
            });
        }

        @Override
        public void close() {
            if (end == null) {
                cancel();
            }
        }
    }

    private static String mediaType(String ext) {
        return switch (ext) {
            case ".jpg", ".jpeg" -> "image/jpeg";
            case ".png" -> "image/png";
            case ".tif", ".tiff" -> "image/tiff";
            case ".bmp" -> "image/bmp";
            case ".gif" -> "image/gif";
            case ".webp" -> "image/webp";
            default -> "application/octet-stream";
        };
    }
}
