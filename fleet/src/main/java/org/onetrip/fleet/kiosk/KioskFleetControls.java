package org.onetrip.fleet.kiosk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.onetrip.fleet.CommandOutcome;
import org.onetrip.fleet.KioskControls;
import org.onetrip.kiosk.health.DiagnosticReport;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.maintenance.LogFiles;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.supervision.DeviceSupervisor;

/**
 * The real kiosk's answers to the fleet's commands. Out of service, restart (and bundles) wait
 * for no citizen to be at the kiosk: while a session lasts they are refused, never forced.
 */
public final class KioskFleetControls implements KioskControls {

    private final KioskShell shell;
    private final DeviceSupervisor supervisor;
    private final DiagnosticRun diagnostics;
    private final Runnable restart;
    private final LogFiles logs;
    private final String kioskId;
    private final HttpClient http;

    /** The newest log lines a {@code send-logs} sends, masked. */
    public static final int LOG_LINES = 5000;

    /**
     * @param restart ends the process so its service manager starts it again (systemd's Restart=always)
     * @param logs    the kiosk's log files, masked line by line
     */
    public KioskFleetControls(KioskShell shell, DeviceSupervisor supervisor, DiagnosticRun diagnostics, Runnable restart,
            LogFiles logs, String kioskId) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.restart = Objects.requireNonNull(restart, "restart");
        this.logs = Objects.requireNonNull(logs, "logs");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private boolean citizenPresent() {
        return !(shell.sessionState().get() instanceof SessionState.NoSession);
    }

    @Override
    public CommandOutcome outOfService() {
        if (citizenPresent()) {
            return new CommandOutcome.Refused("a citizen's session is active");
        }
        supervisor.takeOutOfService();
        return new CommandOutcome.Done("out of service");
    }

    @Override
    public CommandOutcome inService() {
        supervisor.returnToService();
        return supervisor.offer().get().inService() ? new CommandOutcome.Done("in service")
                : new CommandOutcome.Done("returned to service; the devices still keep it out: "
                        + String.join("; ", supervisor.offer().get().limits()));
    }

    @Override
    public CommandOutcome selfTest() {
        DiagnosticReport report = diagnostics.run();
        String lines = String.join("; ", report.textLines());
        return report.allPassed() ? new CommandOutcome.Done("all passed: " + lines)
                : new CommandOutcome.Failed("some failed: " + lines);
    }

    /**
     * POSTs the newest {@link #LOG_LINES} lines of the current log, each masked again, as
     * {@code text/plain} to {@code url} (the desk has checked it is HTTPS, or HTTP on loopback),
     * within 30 s.
     */
    @Override
    public CommandOutcome sendLogs(String url) {
        List<String> lines = logs.tail(LOG_LINES);
        String body = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .header("X-OneTrip-Kiosk", kioskId)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                return new CommandOutcome.Failed("the log server answered " + answer.statusCode());
            }
            return new CommandOutcome.Done(lines.size() + " masked log lines sent");
        } catch (IOException e) {
            return new CommandOutcome.Failed("logs not sent: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandOutcome.Failed("logs not sent: interrupted");
        }
    }

    @Override
    public CommandOutcome applyBundle(String version) {
        return new CommandOutcome.Refused("this kiosk takes no bundles from the fleet yet; bundle " + version
                + " not applied, the configuration it runs is kept");
    }

    @Override
    public CommandOutcome restart() {
        if (citizenPresent()) {
            return new CommandOutcome.Refused("a citizen's session is active");
        }
        Thread later = new Thread(() -> {
            try {
                // the acknowledgement goes out first
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            restart.run();
        }, "fleet-restart");
        later.setDaemon(true);
        later.start();
        return new CommandOutcome.Done("restarting in 2 s");
    }
}
