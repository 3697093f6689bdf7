package org.onetrip.devices.printer.diag;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppHttpExchange;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceStatus;

/**
 * {@code onetrip diag certificate-printer --ipp URI [--json]}: prints a one-page test page on an
 * IPP printer, follows the job to its end and reports the printer's state and reasons and the
 * job's final state. Exit code 0 when the printer reported the job completed, 1 when it did not
 * (refused, aborted, timed out, unreachable), 2 for a usage error.
 */
public final class CertificatePrinterDiagnosis {
    public static final int PRINTED = 0;
    public static final int NOT_PRINTED = 1;
    public static final int USAGE = 2;
    private static final String HELP = "usage: diag certificate-printer --ipp URI [--json]   (URI like ipp://host:631/ipp/print)";

    private final Clock clock;
    private final IppPrinterSettings settings;

    /**
     * @param settings the driver settings; the job deadline bounds how long the command runs
     */
    public CertificatePrinterDiagnosis(Clock clock, IppPrinterSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The diagnosis on the system clock with the driver's default settings. */
    public static CertificatePrinterDiagnosis onThisMachine() {
        return new CertificatePrinterDiagnosis(Clock.systemDefaultZone(), IppPrinterSettings.defaults());
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
        List<String> progress = new ArrayList<>();
        byte[] page = TestPage.pdf(ZonedDateTime.now(clock), options.uri().toString());
        Duration wait = settings.jobDeadline().plus(settings.requestTimeout().multipliedBy(3));
        try (IppDocumentPrinter printer = new IppDocumentPrinter(options.uri(), settings, clock)) {
            PrintJobOutcome outcome = printer.print(new PrintRequest("onetrip-test-page", page),
                    (JobProgress step) -> {
                        synchronized (progress) {
                            progress.add(step.state().name());
                        }
                    }).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            DeviceStatus status = printer.status();
            Map<String, Object> report = report(options.uri(), status, outcome, progress);
            out.println(options.json() ? JsonWriter.write(report) : text(report));
            return outcome.printed() ? PRINTED : NOT_PRINTED;
        } catch (TimeoutException e) {
            return error(out, options, "the printer driver did not finish within " + wait.toSeconds() + " s");
        } catch (ExecutionException e) {
            return error(out, options, "the printer driver failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(out, options, "interrupted");
        }
    }

    private static Map<String, Object> report(URI uri, DeviceStatus status, PrintJobOutcome outcome, List<String> progress) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("printer", uri.toString());
        report.put("state", status.state().name());
        report.put("reasons", status.reasons().stream().map(DeviceReason::name).sorted().toList());
        report.put("lastError", status.lastError().orElse(null));
        Map<String, Object> job = new LinkedHashMap<>();
        if (outcome instanceof PrintJobOutcome.Completed completed) {
            job.put("outcome", "COMPLETED");
            job.put("jobId", completed.jobId());
            job.put("jobState", "COMPLETED");
            job.put("pages", completed.pages().isPresent() ? completed.pages().getAsInt() : null);
        } else if (outcome instanceof PrintJobOutcome.Failed failed) {
            job.put("outcome", "FAILED");
            job.put("jobId", failed.jobId().isPresent() ? failed.jobId().getAsInt() : null);
            job.put("jobState", failed.jobState().map(Enum::name).orElse(null));
            job.put("failure", failed.reason().name());
            job.put("advice", failed.reason().englishAdvice());
            job.put("detail", failed.detail());
        } else if (outcome instanceof PrintJobOutcome.TimedOut timedOut) {
            job.put("outcome", "TIMED_OUT");
            job.put("jobId", timedOut.jobId().isPresent() ? timedOut.jobId().getAsInt() : null);
            job.put("jobState", timedOut.lastState().map(Enum::name).orElse(null));
            job.put("cancelled", timedOut.cancelled());
            job.put("detail", timedOut.detail());
        } else if (outcome instanceof PrintJobOutcome.Unconfirmed unconfirmed) {
            job.put("outcome", "UNCONFIRMED");
            job.put("detail", unconfirmed.detail());
        }
        synchronized (progress) {
            job.put("progress", List.copyOf(progress));
        }
        report.put("job", job);
        return report;
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> report) {
        StringBuilder out = new StringBuilder();
        out.append("printer    ").append(report.get("printer")).append('\n');
        out.append("state      ").append(report.get("state")).append('\n');
        out.append("reasons    ").append(String.join(", ", (List<String>) report.get("reasons"))).append('\n');
        if (report.get("lastError") != null) {
            out.append("last error ").append(report.get("lastError")).append('\n');
        }
        Map<String, Object> job = (Map<String, Object>) report.get("job");
        out.append("test page  ").append(job.get("outcome"));
        if (job.get("jobId") != null) {
            out.append(", job ").append(job.get("jobId"));
        }
        out.append(job.get("jobState") == null ? ", no job was created" : ", final job state " + job.get("jobState"));
        out.append("\n  progress ").append(String.join(" -> ", (List<String>) job.get("progress")));
        if (job.containsKey("failure")) {
            out.append("\n  failure  ").append(job.get("failure")).append(" - ").append(job.get("advice"));
        }
        if (job.containsKey("detail")) {
            out.append("\n  detail   ").append(job.get("detail"));
        }
        return out.toString();
    }

    private static int error(PrintStream out, Options options, String error) {
        if (options.json()) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("printer", options.uri().toString());
            report.put("state", "OFFLINE");
            report.put("reasons", List.of());
            report.put("job", null);
            report.put("error", error);
            out.println(JsonWriter.write(report));
        } else {
            out.println(error);
        }
        return NOT_PRINTED;
    }

    record Options(URI uri, boolean json) {
        static Options parse(String[] args) {
            URI uri = null;
            boolean json = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--ipp" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--ipp needs a printer URI such as ipp://host:631/ipp/print");
                        }
                        String text = args[++i];
                        try {
                            uri = URI.create(text);
                            IppHttpExchange.toHttp(uri);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("--ipp must be a printer URI such as ipp://host:631/ipp/print, was "
                                    + text);
                        }
                    }
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (uri == null) {
                throw new IllegalArgumentException("say which printer: --ipp URI");
            }
            return new Options(uri, json);
        }
    }
}
