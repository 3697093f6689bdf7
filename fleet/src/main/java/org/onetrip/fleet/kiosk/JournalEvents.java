package org.onetrip.fleet.kiosk;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.onetrip.fleet.KioskEvent;
import org.onetrip.fleet.TelemetryPublisher;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.maintenance.AuditJournal;

/**
 * Raises fleet events from what the audit journal records: device faults and recoveries,
 * lockouts, and certificates refused (mis-issue). The journal holds no personal data, so
 * neither do these. Set-aside filings are seen from the outbox ({@link StatusEvents}).
 */
final class JournalEvents {

    private static final Map<AuditAction, KioskEvent.Kind> KINDS = Map.of(
            AuditAction.DEVICE_FAULT, KioskEvent.Kind.DEVICE_FAULT,
            AuditAction.DEVICE_RECOVERED, KioskEvent.Kind.DEVICE_RECOVERED,
            AuditAction.PIN_LOCKED_OUT, KioskEvent.Kind.LOCKOUT,
            AuditAction.LOCKED_OUT_OF_SERVICE, KioskEvent.Kind.LOCKOUT,
            AuditAction.CERTIFICATE_NOT_ISSUED, KioskEvent.Kind.MIS_ISSUE_REFUSED,
            AuditAction.TAKEN_OUT_OF_SERVICE, KioskEvent.Kind.OUT_OF_SERVICE,
            AuditAction.RETURNED_TO_SERVICE, KioskEvent.Kind.IN_SERVICE);

    private final AuditJournal journal;
    private final TelemetryPublisher telemetry;
    private long seen;

    JournalEvents(AuditJournal journal, TelemetryPublisher telemetry) {
        this.journal = journal;
        this.telemetry = telemetry;
        this.seen = journal.head().sequence();
    }

    /** Raises an event for each new journal entry of interest. */
    synchronized void look() {
        long head = journal.head().sequence();
        if (head <= seen) {
            return;
        }
        List<AuditEntry> fresh = journal.latest((int) Math.min(200, head - seen)).stream()
                .filter(e -> e.sequence() > seen).sorted(Comparator.comparingLong(AuditEntry::sequence)).toList();
        for (AuditEntry entry : fresh) {
            KioskEvent.Kind kind = KINDS.get(entry.action());
            if (kind != null) {
                telemetry.raise(kind, entry.actor(), entry.detail());
            }
        }
        seen = head;
    }
}
