package org.onetrip.fleet.kiosk;

import java.util.Objects;

import org.onetrip.fleet.CommandOutcome;
import org.onetrip.fleet.KioskControls;
import org.onetrip.kiosk.health.DiagnosticReport;
import org.onetrip.kiosk.health.DiagnosticRun;
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

    /**
     * @param restart ends the process so its service manager starts it again (systemd's Restart=always)
     */
    public KioskFleetControls(KioskShell shell, DeviceSupervisor supervisor, DiagnosticRun diagnostics, Runnable restart) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.restart = Objects.requireNonNull(restart, "restart");
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

    @Override
    public CommandOutcome sendLogs(String url) {
        return new CommandOutcome.Refused("this kiosk does not send its logs over the network yet; a technician"
                + " exports them from the maintenance screen");
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
