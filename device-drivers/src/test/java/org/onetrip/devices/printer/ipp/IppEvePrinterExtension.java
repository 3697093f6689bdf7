package org.onetrip.devices.printer.ipp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

/**
 * A real IPP Everywhere printer on loopback for each test: Debian's {@code ippeveprinter}
 * (package cups-ipp-utils), with a private D-Bus and an Avahi daemon that joins no network
 * interface, so nothing is announced or sent beyond loopback and the system's Avahi service
 * is never involved.
 *
 * <p>Per test class: one {@code dbus-daemon} and one {@code avahi-daemon}. Per test: a fresh
 * {@code ippeveprinter} on a free port with its own spool directory, kept documents ({@code -k})
 * and a job command that finishes each job at once, or fails it with a printer-state-reason
 * when {@link #failNextJobWith} asked for that. Every process is stopped and waited for after
 * its test or class.
 */
public final class IppEvePrinterExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final String INSTALL_HINT = "run the tests through ./onetrip test, which installs them "
            + "(apt packages cups-ipp-utils avahi-daemon dbus-daemon)";

    private Path directory;
    private Daemon dbus;
    private Daemon avahi;
    private Daemon printer;
    private Path spool;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        binary("ippeveprinter");
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
        Path hook = directory.resolve("job-command.sh");
        Files.writeString(hook, String.join("\n",
                "#!/bin/sh",
                "# ippeveprinter runs this for each document; a fault file makes the job fail with that printer reason",
                "fault=\"" + directory.resolve("next-job-fault") + "\"",
                "if [ -f \"$fault\" ]; then",
                "  reason=$(cat \"$fault\")",
                "  rm -f \"$fault\"",
                "  echo \"STATE: +$reason\" >&2",
                "  exit 1",
                "fi",
                "exit 0", ""));
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
    public void afterEach(ExtensionContext context) {
        if (printer != null) {
            printer.stop();
            printer = null;
        }
        try {
            Files.deleteIfExists(directory.resolve("next-job-fault"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The document the printer kept for a job ({@code <job-id>-<job-name>.pdf}). */
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
