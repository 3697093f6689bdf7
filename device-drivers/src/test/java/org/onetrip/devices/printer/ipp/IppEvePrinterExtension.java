package org.onetrip.devices.printer.ipp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.onetrip.devices.printer.JobState;

/**
 * A real IPP Everywhere printer on loopback for each test: Debian's {@code ippeveprinter}
 * (package cups-ipp-utils), with a private D-Bus and an Avahi daemon that joins no network
 * interface, so nothing is announced or sent beyond loopback and the system's Avahi service
 * is never involved.
 *
 * <p>Per test class: one {@code dbus-daemon} and one {@code avahi-daemon}. Per test: a fresh
 * {@code ippeveprinter} on a free port with its own spool directory, kept documents ({@code -k})
 * and a job command, the printer's engine, that puts each document in the output tray at once,
 * or fails it with a printer-state-reason when {@link #failNextJobWith} asked for that. Every
 * process is stopped and waited for after its test or class.
 *
 * <p>ippeveprinter has no Pause-Printer, Hold-Job or job-hold-until, and runs each job as soon as
 * it arrives; so the engine is what holds: after {@link #holdEngine()} it takes the next job and
 * waits, the job staying {@code processing} at the printer, until {@link #releaseEngine()}. A job
 * cancelled while held ends cancelled and never reaches the tray: ippeveprinter runs a job's
 * command to its end even when the job was cancelled meanwhile, so the held engine asks the
 * printer (ipptool, Get-Job-Attributes) whether its job is to stop, as a printer's engine stops a
 * cancelled job.
 */
public final class IppEvePrinterExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final String INSTALL_HINT = "run the tests through ./onetrip test, which installs them "
            + "(apt packages cups-ipp-utils avahi-daemon dbus-daemon)";
    private static final Duration HELD_JOB_WAIT = Duration.ofSeconds(20);

    private Path directory;
    private Daemon dbus;
    private Daemon avahi;
    private Daemon printer;
    private Path spool;
    private int port;
    private Thread releasing;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        binary("ippeveprinter");
        String ipptool = binary("ipptool");
        String dbusDaemon = binary("dbus-daemon");
        String avahiDaemon = binary("avahi-daemon");
        directory = Files.createTempDirectory("onetrip-ippeve");
        Path bus = directory.resolve("bus");
        dbus = Daemon.start(List.of(dbusDaemon, "--session", "--address=unix:path=" + bus, "--nofork", "--print-address"),
                Map.of(), "unix:path=");
        Path conf = directory.resolve("avahi.conf");
        // allow-interfaces names an interface that does not exist: Avahi joins nothing and sends nothing
        Files.writeString(conf, String.join("\n",
                "[server]", "allow-interfaces=scnone0", "deny-interfaces=eth0,ifb0,ifb1,lo", "use-ipv4=yes", "use-ipv6=no",
                "enable-dbus=yes", "[wide-area]", "enable-wide-area=no",
                "[publish]", "publish-addresses=no", "publish-hinfo=no", "publish-workstation=no", ""));
        avahi = Daemon.start(List.of(avahiDaemon, "-f", conf.toString(), "--no-drop-root", "--no-chroot", "--no-rlimits"),
                Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + bus), "Server startup complete");
        Files.writeString(directory.resolve("stop-requested.test"), String.join("\n",
                "{",
                "  OPERATION Get-Job-Attributes",
                "  GROUP operation-attributes-tag",
                "  ATTR charset attributes-charset utf-8",
                "  ATTR naturalLanguage attributes-natural-language en",
                "  ATTR uri printer-uri $uri",
                "  ATTR integer job-id $job_id",
                "  ATTR keyword requested-attributes job-state-reasons",
                "  STATUS successful-ok",
                "  EXPECT job-state-reasons WITH-VALUE \"processing-to-stop-point\"",
                "}", ""));
        run(List.of(binary("mkfifo"), directory.resolve("engine-release").toString()));
        Path hook = directory.resolve("job-command.sh");
        Files.writeString(hook, String.join("\n",
                "#!/bin/sh",
                "# ippeveprinter runs this for each document ($1, in the spool directory): the printer's engine.",
                "# A fault file makes the job fail with that printer reason; a printed job's document goes to the tray.",
                "fault=\"" + directory.resolve("next-job-fault") + "\"",
                "if [ -f \"$fault\" ]; then",
                "  reason=$(cat \"$fault\")",
                "  rm -f \"$fault\"",
                "  echo \"STATE: +$reason\" >&2",
                "  exit 1",
                "fi",
                "if [ -f \"" + directory.resolve("engine-held") + "\" ]; then",
                "  read release < \"" + directory.resolve("engine-release") + "\"",
                "  if " + ipptool + " -q -d job_id=\"$IPP_JOB_ID\" \"$IPP_JOB_PRINTER_URI\" \""
                        + directory.resolve("stop-requested.test") + "\"; then",
                "    exit 0",
                "  fi",
                "fi",
                "tray=\"$(dirname \"$1\")/tray\"",
                "mkdir -p \"$tray\" && cp \"$1\" \"$tray/$IPP_JOB_ID.pdf\"", ""));
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwx------"));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        String ippeveprinter = binary("ippeveprinter");
        port = freePort();
        spool = Files.createDirectories(directory.resolve("spool-" + port));
        printer = Daemon.start(List.of(ippeveprinter, "-n", "localhost", "-p", Integer.toString(port), "-d", spool.toString(),
                        "-k", "-f", "application/pdf", "-c", directory.resolve("job-command.sh").toString(),
                        "OneTrip Test Printer " + port),
                Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + directory.resolve("bus")), null);
        awaitAnswer();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (printer != null) {
            printer.stop();
            printer = null;
        }
        Files.deleteIfExists(directory.resolve("next-job-fault"));
        if (Files.deleteIfExists(directory.resolve("engine-held")) || releasing != null) {
            // an engine still waiting for its release is let go, so no process outlives the test:
            // opened for reading and writing, the pipe does not wait for a partner
            try (RandomAccessFile pipe = new RandomAccessFile(directory.resolve("engine-release").toFile(), "rw")) {
                pipe.write("release\n".getBytes(StandardCharsets.US_ASCII));
            }
            if (releasing != null) {
                releasing.join(HELD_JOB_WAIT.toMillis());
                releasing = null;
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (avahi != null) {
            avahi.stop();
        }
        if (dbus != null) {
            dbus.stop();
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The printer's address, {@code ipp://localhost:PORT/ipp/print}. */
    public URI uri() {
        return URI.create("ipp://localhost:" + port + "/ipp/print");
    }

    /** The output tray: the document of a job the printer printed, {@code tray/<job-id>.pdf}; empty when it did not print it. */
    public Optional<Path> printedDocument(int jobId) {
        Path printed = spool.resolve("tray").resolve(jobId + ".pdf");
        return Files.exists(printed) ? Optional.of(printed) : Optional.empty();
    }

    /**
     * From now on the engine takes the next job and holds it, {@code processing} at the printer,
     * until {@link #releaseEngine()}; jobs after it are refused as busy meanwhile, as ippeveprinter
     * prints one job at a time.
     */
    public void holdEngine() throws IOException {
        Files.writeString(directory.resolve("engine-held"), "held\n");
    }

    /**
     * Lets the held engine go on: its job prints, or, when it was cancelled meanwhile, ends
     * cancelled without printing. Waits until the engine holds a job (up to 20 s), then returns
     * at once; later jobs print straight away.
     *
     * @throws IllegalStateException when no job reached the held engine in time
     */
    public void releaseEngine() throws Exception {
        Files.deleteIfExists(directory.resolve("engine-held"));
        CountDownLatch released = new CountDownLatch(1);
        releasing = new Thread(() -> {
            // opening a named pipe for writing waits until the engine opens it to read: until it holds a job
            try (OutputStream pipe = Files.newOutputStream(directory.resolve("engine-release"))) {
                pipe.write("release\n".getBytes(StandardCharsets.US_ASCII));
                released.countDown();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "release ippeveprinter engine");
        releasing.setDaemon(true);
        releasing.start();
        if (!released.await(HELD_JOB_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("no job reached the held engine within " + HELD_JOB_WAIT + "\n" + printerLog());
        }
        releasing.join();
        releasing = null;
    }

    /** The job's state as the printer reports it (Get-Job-Attributes); empty when the printer does not know the job. */
    public Optional<JobState> jobState(int jobId) throws IppExchangeException {
        IppMessage response = new IppHttpExchange(uri(), Duration.ofSeconds(5)).send(IppRequestBuilder.request(
                IppOperation.GET_JOB_ATTRIBUTES, 1, uri().toString()).jobId(jobId).requestingUserName("fixture")
                .requestedAttributes(IppJobAttributes.REQUESTED).build());
        return IppJobAttributes.from(response).map(IppJobAttributes::state);
    }

    /** Asks the printer until the job is in {@code state}; fails after 20 s with the state it was in. */
    public void awaitJobState(int jobId, JobState state) throws Exception {
        long deadline = System.nanoTime() + HELD_JOB_WAIT.toNanos();
        Optional<JobState> now = jobState(jobId);
        while (!now.equals(Optional.of(state))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job " + jobId + " is " + now + ", not " + state + " after " + HELD_JOB_WAIT
                        + "\n" + printerLog());
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            now = jobState(jobId);
        }
    }

    /** The document the printer kept for a job ({@code <job-id>-<job-name>.pdf}), printed or not: what it received. */
    public Optional<Path> keptDocument(int jobId) throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(p -> p.getFileName().toString().startsWith(jobId + "-")
                    && p.getFileName().toString().endsWith(".pdf")).findFirst();
        }
    }

    /** Sets the sheets in the main tray through the printer's media form; 0 makes it report media-empty. */
    public void setSheetsInTray(int sheets) throws Exception {
        get("/media?size1=iso_a4_210x297mm&type1=stationery&level1=" + sheets + "&size3=&type3=&level3=-2");
    }

    /** Sets the black toner level through the printer's supplies form; low levels report toner-low, 0 toner-empty. */
    public void setTonerPercent(int percent) throws Exception {
        get("/supplies?supply0=25&supply1=" + percent);
    }

    /** The next job fails (aborted) and the printer then reports this printer-state-reasons keyword. */
    public void failNextJobWith(String keyword) throws IOException {
        Files.writeString(directory.resolve("next-job-fault"), keyword + "\n");
    }

    /** What ippeveprinter has written so far, for failure messages. */
    public String printerLog() {
        return printer == null ? "" : printer.output();
    }

    private void get(String pathAndQuery) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ippeveprinter answered HTTP " + response.statusCode() + " to " + pathAndQuery);
        }
    }

    /** ippeveprinter says nothing when it is ready, so ask it until it answers Get-Printer-Attributes. */
    private void awaitAnswer() throws IppFormatException {
        IppHttpExchange exchange = new IppHttpExchange(uri(), Duration.ofMillis(500));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int requestId = 1;
        while (true) {
            try {
                IppMessage response = exchange.send(IppRequestBuilder.request(IppOperation.GET_PRINTER_ATTRIBUTES, requestId++,
                        uri().toString()).requestingUserName("fixture").requestedAttributes("printer-state").build());
                if (new IppStatus(response.code()).isSuccessful()) {
                    return;
                }
            } catch (IppExchangeException notYet) {
                if (!printer.isAlive()) {
                    throw new IllegalStateException("ippeveprinter exited: " + printer.output());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ippeveprinter did not answer within " + START_TIMEOUT + ": "
                            + notYet.getMessage() + "\n" + printer.output());
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String binary(String name) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: the certificate printer tests need a real IPP printer "
                + "on loopback; " + INSTALL_HINT);
    }

    /** A started process whose output is drained into memory, so it never blocks on a full pipe. */
    private static final class Daemon {
        private final Process process;
        private final List<String> lines = new ArrayList<>();

        private Daemon(Process process) {
            this.process = process;
        }

        static Daemon start(List<String> command, Map<String, String> environment, String readyLine) throws IOException,
                InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Daemon daemon = new Daemon(builder.start());
            CountDownLatch ready = new CountDownLatch(readyLine == null ? 0 : 1);
            Thread drain = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(daemon.process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        synchronized (daemon.lines) {
                            daemon.lines.add(line);
                        }
                        if (readyLine != null && line.contains(readyLine)) {
                            ready.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
                ready.countDown();
            }, "drain " + Path.of(command.get(0)).getFileName());
            drain.setDaemon(true);
            drain.start();
            if (!ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !daemon.process.isAlive()) {
                String output = daemon.output();
                daemon.stop();
                throw new IllegalStateException(command.get(0) + " did not start: " + output
                        + (output.contains("already running") ? " (stop the system's own avahi-daemon first: the tests run a private one)" : ""));
            }
            return daemon;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
