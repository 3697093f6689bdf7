package org.onetrip.kiosk.maintenance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.kiosk.health.DiagnosticReport;
import org.onetrip.kiosk.health.DiagnosticResult;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.outbox.ExportOutcome;
import org.onetrip.kiosk.outbox.FilingExport;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.outbox.SetAsideReport;
import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DailyErrors;
import org.onetrip.kiosk.supervision.DeviceSupervisor;
import org.onetrip.kiosk.supervision.DeviceView;
import org.onetrip.kiosk.supervision.SupervisedDevice;

/**
 * What the maintenance screens show and do, once a technician is in: devices with their state,
 * reasons, last error, counters and errors per day; self-tests; the outbox; the masked log and
 * its export; taking the kiosk out of service and back; what checking the audit journal finds; versions. Every action (not every look)
 * is recorded in the audit journal under the technician who is in, and refused with an
 * {@link IllegalStateException} when maintenance mode is not open.
 *
 * <p>Self-tests, the export and the journal check block the caller: run them off the screen's thread.
 */
public final class MaintenanceConsole {
    /** Days shown in the errors chart. */
    public static final int CHART_DAYS = 14;

    private final MaintenanceEntry entry;
    private final DeviceSupervisor supervisor;
    private final CounterStore counters;
    private final DiagnosticRun diagnostics;
    private final Outbox outbox;
    private final FilingExport export;
    private final Runnable retryNow;
    private final LogFiles logs;
    private final VersionInfo versions;
    private final AuditJournal journal;

    /**
     * @param retryNow wakes the delivery worker ({@code DeliveryWorker::wake})
     * @param journal  the audit journal the technician's actions go into, checked whole on request
     */
    public MaintenanceConsole(MaintenanceEntry entry, DeviceSupervisor supervisor, CounterStore counters,
            DiagnosticRun diagnostics, Outbox outbox, Runnable retryNow, LogFiles logs, VersionInfo versions,
            AuditJournal journal) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.retryNow = Objects.requireNonNull(retryNow, "retryNow");
        this.logs = Objects.requireNonNull(logs, "logs");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.export = new FilingExport(outbox, versions.kioskId());
    }

    // ---- devices -----------------------------------------------------------------------

    public List<DeviceView> devices() {
        return supervisor.devices();
    }

    /** Errors per day over the last {@link #CHART_DAYS} days, oldest first. */
    public List<DailyErrors> errorChart(String device) {
        return counters.errorsByDay(device, CHART_DAYS);
    }

    /** Runs one device's self-test. Blocks up to the diagnostic time-out. */
    public DiagnosticResult selfTest(String device) {
        SupervisedDevice target = supervisor.supervised().stream().filter(d -> d.name().equals(device)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no device named " + device));
        requireOpen();
        DiagnosticResult result = diagnostics.runOne(target);
        entry.record(AuditAction.SELF_TEST_RUN, device + (result.ok() ? " passed" : " failed") + " in " + result.ms() + " ms");
        return result;
    }

    /** Runs every self-test at once. Blocks up to the diagnostic time-out. */
    public DiagnosticReport selfTestAll() {
        requireOpen();
        DiagnosticReport report = diagnostics.run();
        entry.record(AuditAction.SELF_TEST_RUN, "all devices: " + (report.allPassed() ? "passed" : "some failed"));
        return report;
    }

    // ---- outbox ------------------------------------------------------------------------

    public List<OutboxEntry> outbox() {
        return outbox.entries();
    }

    public Map<OutboxState, Integer> outboxCounts() {
        return outbox.counts();
    }

    /** Sends a rejected filing again once its cause is fixed; false when it was not rejected. */
    public boolean requeue(String submissionId) {
        requireOpen();
        boolean requeued = outbox.requeue(submissionId);
        if (requeued) {
            entry.record(AuditAction.OUTBOX_REQUEUED, "submission " + submissionId);
            retryNow.run();
        }
        return requeued;
    }

    /** The filings set aside for failing, oldest first; each with why, attempts, first and last try. */
    public List<OutboxEntry> setAside() {
        return outbox.setAside();
    }

    /**
     * Puts a set-aside filing back into the queue with a fresh count, e.g. once a proxy's limit was
     * raised, or after the backend's operator imported its export (the backend then answers it as
     * filed); false when it is not set aside.
     */
    public boolean retrySetAside(String submissionId) {
        requireOpen();
        Optional<OutboxEntry> aside = outbox.entry(submissionId).filter(e -> e.state() == OutboxState.SET_ASIDE);
        if (aside.isEmpty() || !outbox.requeue(submissionId)) {
            return false;
        }
        entry.record(AuditAction.OUTBOX_SET_ASIDE_RETRIED, SetAsideReport.summary(aside.get()));
        retryNow.run();
        return true;
    }

    /**
     * Writes a set-aside filing, sealed as the kiosk keeps it, into {@code drive} (the mounted
     * removable drive's folder) for the hall to carry to the backend by hand. Blocks on the disk.
     */
    public ExportOutcome exportSetAside(String submissionId, Path drive) {
        requireOpen();
        ExportOutcome result = export.exportTo(submissionId, drive);
        String filing = outbox.entry(submissionId).map(SetAsideReport::summary).orElse("filing " + submissionId);
        entry.record(AuditAction.OUTBOX_SET_ASIDE_EXPORTED, result instanceof ExportOutcome.Written written
                ? filing + " to " + written.file().getFileName() : filing + " failed: "
                + ((ExportOutcome.Failed) result).reason());
        return result;
    }

    /** Asks the delivery worker to look at the outbox now. */
    public void retryNow() {
        requireOpen();
        entry.record(AuditAction.OUTBOX_RETRY_NOW, outbox.pendingCount() + " pending");
        retryNow.run();
    }

    // ---- logs --------------------------------------------------------------------------

    public List<String> logTail(int lines) {
        requireOpen();
        entry.record(AuditAction.LOGS_VIEWED, "last " + lines + " lines");
        return logs.tail(lines);
    }

    public LogExport exportLogs(Path drive) {
        requireOpen();
        LogExport result = logs.exportTo(drive);
        entry.record(AuditAction.LOGS_EXPORTED, result instanceof LogExport.Exported done
                ? done.files() + " files to " + done.folder() : "failed: " + ((LogExport.Failed) result).reason());
        return result;
    }

    // ---- service -----------------------------------------------------------------------

    public void takeOutOfService() {
        requireOpen();
        entry.record(AuditAction.TAKEN_OUT_OF_SERVICE, "");
        supervisor.takeOutOfService();
    }

    public void returnToService() {
        requireOpen();
        entry.record(AuditAction.RETURNED_TO_SERVICE, "");
        supervisor.returnToService();
    }

    public VersionInfo versions() {
        return versions;
    }

    // ---- journal -----------------------------------------------------------------------

    /** Checks the whole audit journal now (a look, not an action: not recorded). Blocks while it reads. */
    public ChainVerdict journalVerdict() {
        return journal.verify();
    }

    private void requireOpen() {
        if (entry.stage().get() != EntryStage.OPEN) {
            throw new IllegalStateException("maintenance mode is not open");
        }
    }
}
