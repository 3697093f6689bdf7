package org.onetrip.devices.scanner.diag;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanFailed;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScanStart;
import org.onetrip.devices.scanner.ScanStep;
import org.onetrip.devices.scanner.ScannerCapabilities;
import org.onetrip.devices.scanner.ScannerException;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.folder.FolderScanner;
import org.onetrip.devices.scanner.folder.FolderSettings;
import org.onetrip.devices.scanner.image.InspectedPage;
import org.onetrip.devices.scanner.image.PageConcern;
import org.onetrip.devices.scanner.image.PageInspector;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.image.PageVerdict;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceStatus;

/**
 * {@code onetrip diag scanner --escl URL | --folder DIR [--feeder] [--json]}: scans one page (from the glass
 * unless {@code --feeder}, or the first image dropped into DIR), checks it and reports the scanner's
 * {@code state}, the {@code pages} that came, the page's {@code widthPx}, {@code heightPx}, {@code dpi} and
 * whether it is {@code blank}. Exit code 0 when a readable page came, 1 when none came or it was unreadable,
 * 2 for a usage error. Nothing of the page is kept.
 */
public final class ScannerDiagnosis {
    public static final int SCANNED = 0;
    public static final int NO_PAGE = 1;
    public static final int USAGE = 2;
    private static final String HELP = "usage: diag scanner --escl URL | --folder DIR [--feeder] [--json]"
            + "   (URL like http://10.0.0.7/eSCL/)";
    private static final int PREFERRED_DPI = 300;

    private final Clock clock;
    private final EsclSettings esclSettings;
    private final FolderSettings folderSettings;
    private final PageStandard standard;

    public ScannerDiagnosis(Clock clock, EsclSettings esclSettings, FolderSettings folderSettings, PageStandard standard) {
        this.clock = clock;
        this.esclSettings = esclSettings;
        this.folderSettings = folderSettings;
        this.standard = standard;
    }

    /** The diagnosis on the system clock with the drivers' default settings. */
    public static ScannerDiagnosis onThisMachine() {
        return new ScannerDiagnosis(Clock.systemDefaultZone(), EsclSettings.defaults(), FolderSettings.defaults(),
                PageStandard.defaults());
    }

    public int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(HELP);
            return USAGE;
        }
        Path spool = null;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scanner", options.escl().map(URI::toString).orElseGet(() -> options.folder().orElseThrow().toString()));
        try (DocumentScanner scanner = options.escl().isPresent()
                ? new EsclScanner(options.escl().get(), esclSettings, clock)
                : new FolderScanner(options.folder().orElseThrow(), folderSettings, clock)) {
            spool = Files.createTempDirectory("onetrip-diag-scan");
            int code = scanOne(scanner, options, spool, report);
            DeviceStatus status = scanner.refreshStatus().get(longestWait().toMillis(), TimeUnit.MILLISECONDS);
            report.put("state", status.state().name());
            report.put("reasons", status.reasons().stream().map(DeviceReason::name).sorted().toList());
            out.println(options.json() ? JsonWriter.write(ordered(report)) : text(ordered(report)));
            return code;
        } catch (IOException e) {
            return error(out, options, report, "cannot make a spool directory: " + e.getMessage());
        } catch (TimeoutException e) {
            return error(out, options, report, "the scanner driver did not finish within " + longestWait().toSeconds() + " s");
        } catch (ExecutionException e) {
            return error(out, options, report, "the scanner driver failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(out, options, report, "interrupted");
        } finally {
            deleteAll(spool);
        }
    }

    private int scanOne(DocumentScanner scanner, Options options, Path spool, Map<String, Object> report)
            throws InterruptedException, ExecutionException, TimeoutException {
        report.put("pages", 0);
        ScannerCapabilities caps;
        try {
            caps = scanner.capabilities().get(longestWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScannerException failure) {
                failure(report, failure.reason().name(), failure.reason().englishAdvice(), failure.getMessage());
                return NO_PAGE;
            }
            throw e;
        }
        ScanRequest request = request(caps, options.feeder());
        report.put("request", request.source() + " " + request.resolutionDpi() + " dpi " + request.colorMode() + " "
                + request.format());
        ScanStart start = scanner.start(request, spool).get(longestWait().toMillis(), TimeUnit.MILLISECONDS);
        if (start instanceof ScanFailed failed) {
            failure(report, failed.reason().name(), failed.reason().englishAdvice(), failed.detail());
            return NO_PAGE;
        }
        try (var job = ((ScanStart.Started) start).job()) {
            ScanStep step = job.nextPage().get(longestWait().toMillis(), TimeUnit.MILLISECONDS);
            if (step instanceof ScanFailed failed) {
                failure(report, failed.reason().name(), failed.reason().englishAdvice(), failed.detail());
                return NO_PAGE;
            }
            if (step instanceof ScanStep.Finished) {
                failure(report, "NO_PAGE", "the scanner ended the job without a page", "");
                return NO_PAGE;
            }
            ScanStep.Page page = (ScanStep.Page) step;
            report.put("pages", 1);
            report.put("format", page.page().mediaType());
            report.put("bytes", page.page().bytes());
            PageVerdict verdict = new PageInspector(standard).inspect(page.page().file(), spool.resolve("checked.jpg"));
            if (verdict instanceof PageVerdict.Refused refused) {
                failure(report, refused.reason().name(), refused.reason().englishAdvice(), refused.detail());
                return NO_PAGE;
            }
            InspectedPage inspected = ((PageVerdict.Inspected) verdict).page();
            report.put("widthPx", inspected.original().widthPx());
            report.put("heightPx", inspected.original().heightPx());
            report.put("dpi", inspected.original().dpi());
            report.put("dpiAssumed", inspected.original().dpiAssumed());
            report.put("blank", inspected.blank());
            report.put("concerns", inspected.concerns().stream().map(PageConcern::name).sorted().toList());
            return SCANNED;
        }
    }

    private static ScanRequest request(ScannerCapabilities caps, boolean feeder) {
        ScanSource source = feeder || !caps.sources().contains(ScanSource.PLATEN) ? ScanSource.FEEDER : ScanSource.PLATEN;
        int dpi = caps.resolutions().contains(PREFERRED_DPI) ? PREFERRED_DPI
                : caps.resolutions().headSet(PREFERRED_DPI).isEmpty() ? caps.resolutions().first()
                : caps.resolutions().headSet(PREFERRED_DPI).last();
        ScanColorMode mode = caps.colorModes().contains(ScanColorMode.COLOR) ? ScanColorMode.COLOR
                : caps.colorModes().contains(ScanColorMode.GRAYSCALE) ? ScanColorMode.GRAYSCALE : ScanColorMode.BLACK_AND_WHITE;
        String format = caps.formats().contains(ScanRequest.JPEG) ? ScanRequest.JPEG : ScanRequest.PNG;
        return new ScanRequest(source, dpi, mode, format);
    }

    private Duration longestWait() {
        return esclSettings.pageTimeout().plus(folderSettings.firstPageTimeout()).plus(esclSettings.requestTimeout().multipliedBy(4));
    }

    private static void failure(Map<String, Object> report, String failure, String advice, String detail) {
        report.put("failure", failure);
        report.put("advice", advice);
        report.put("detail", detail);
    }

    /** The fields every report has first, in a fixed order, then the rest. */
    private static Map<String, Object> ordered(Map<String, Object> report) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : List.of("scanner", "state", "reasons", "pages", "widthPx", "heightPx", "dpi", "blank")) {
            ordered.put(key, report.get(key));
        }
        report.forEach(ordered::putIfAbsent);
        return ordered;
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> report) {
        StringBuilder out = new StringBuilder();
        out.append("scanner  ").append(report.get("scanner")).append('\n');
        out.append("state    ").append(report.get("state"));
        List<String> reasons = (List<String>) report.get("reasons");
        if (reasons != null && !reasons.isEmpty()) {
            out.append(" (").append(String.join(", ", reasons)).append(')');
        }
        out.append('\n');
        if (report.get("request") != null) {
            out.append("request  ").append(report.get("request")).append('\n');
        }
        out.append("pages    ").append(report.get("pages"));
        if (report.get("widthPx") != null) {
            out.append("\npage     ").append(report.get("widthPx")).append(" x ").append(report.get("heightPx")).append(" px at ")
                    .append(report.get("dpi")).append(" dpi").append(Boolean.TRUE.equals(report.get("dpiAssumed")) ? " (assumed)" : "")
                    .append(", ").append(report.get("format"));
            out.append("\nblank    ").append(report.get("blank"));
            out.append("\nconcerns ").append(String.join(", ", (List<String>) report.get("concerns")));
        }
        if (report.get("failure") != null) {
            out.append("\nfailure  ").append(report.get("failure")).append(" - ").append(report.get("advice"));
            if (!String.valueOf(report.get("detail")).isEmpty()) {
                out.append("\ndetail   ").append(report.get("detail"));
            }
        }
        return out.toString();
    }

    private static int error(PrintStream out, Options options, Map<String, Object> report, String error) {
        report.putIfAbsent("state", "OFFLINE");
        report.putIfAbsent("pages", 0);
        report.put("error", error);
        out.println(options.json() ? JsonWriter.write(ordered(report)) : error);
        return NO_PAGE;
    }

    private static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up if this fails
        }
    }

    record Options(Optional<URI> escl, Optional<Path> folder, boolean feeder, boolean json) {
        static Options parse(String[] args) {
            URI escl = null;
            Path folder = null;
            boolean feeder = false;
            boolean json = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--escl" -> {
                        String text = value(args, ++i, "--escl", "a scanner URL such as http://10.0.0.7/eSCL/");
                        try {
                            escl = URI.create(text);
                        } catch (IllegalArgumentException e) {
                            escl = null;
                        }
                        if (escl == null || escl.getHost() == null
                                || !("http".equals(escl.getScheme()) || "https".equals(escl.getScheme()))) {
                            throw new IllegalArgumentException("--escl must be a URL such as http://10.0.0.7/eSCL/, was " + text);
                        }
                    }
                    case "--folder" -> folder = Path.of(value(args, ++i, "--folder", "a directory"));
                    case "--feeder" -> feeder = true;
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if ((escl == null) == (folder == null)) {
                throw new IllegalArgumentException("say which scanner: --escl URL or --folder DIR (one of them)");
            }
            return new Options(Optional.ofNullable(escl), Optional.ofNullable(folder), feeder, json);
        }

        private static String value(String[] args, int i, String option, String what) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs " + what);
            }
            return args[i];
        }
    }
}
