package org.onetrip.kiosk.journal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.kiosk.issuance.IssueRefusal;
import org.onetrip.kiosk.issuance.NotPrintedReason;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.maintenance.EntryStage;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.SessionEnd;
import org.onetrip.kiosk.submission.FilingRefused;

/**
 * Something the kiosk's electronic journal records of citizens' sessions and of the kiosk itself, in the words it
 * records: codes, tracking numbers, device names, reasons. Never a name, an ID number, an address, a phone
 * number, a certificate's verification code or anything typed.
 */
public sealed interface JournalEvent {

    /** Who did it: {@code citizen} for what a session came to, {@code kiosk} for the kiosk's own. */
    String actor();

    AuditAction action();

    /** The entry's detail, for technicians. */
    String detail();

    /** A filing committed to the outbox: the receipt's promise stands from here. */
    record FilingCommitted(String trackingNumber, String what) implements JournalEvent {
        public FilingCommitted {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return AuditAction.FILING_COMMITTED;
        }

        @Override
        public String detail() {
            return trackingNumber + " " + what;
        }
    }

    /** A filing the kiosk did not take. */
    record FilingNotTaken(String what, FilingRefused reason) implements JournalEvent {
        public FilingNotTaken {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return AuditAction.FILING_NOT_TAKEN;
        }

        @Override
        public String detail() {
            return what + ": " + reason;
        }
    }

    /**
     * A filing's receipt came out of the printer, or did not.
     *
     * @param failure why not (the printer's reason, or that it could not be prepared); empty when it printed
     */
    record Receipt(String trackingNumber, Optional<String> failure) implements JournalEvent {
        public Receipt {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return failure.isEmpty() ? AuditAction.RECEIPT_PRINTED : AuditAction.RECEIPT_NOT_PRINTED;
        }

        @Override
        public String detail() {
            return trackingNumber + failure.map(why -> ": " + why).orElse("");
        }
    }

    /** A certificate printed, by its type code; its verification code stays out of the journal. */
    record CertificatePrinted(String typeCode, int pages) implements JournalEvent {
        public CertificatePrinted {
            Objects.requireNonNull(typeCode, "typeCode");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return AuditAction.CERTIFICATE_PRINTED;
        }

        @Override
        public String detail() {
            return typeCode + ", " + pages + (pages == 1 ? " page" : " pages");
        }
    }

    /** A certificate issued but not printed. */
    record CertificateNotPrinted(String typeCode, NotPrintedReason reason) implements JournalEvent {
        public CertificateNotPrinted {
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return AuditAction.CERTIFICATE_NOT_PRINTED;
        }

        @Override
        public String detail() {
            return typeCode + ": " + reason;
        }
    }

    /** A certificate the approval system or the kiosk did not issue. */
    record CertificateNotIssued(String typeCode, IssueRefusal reason) implements JournalEvent {
        public CertificateNotIssued {
            Objects.requireNonNull(typeCode, "typeCode");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return AuditAction.CERTIFICATE_NOT_ISSUED;
        }

        @Override
        public String detail() {
            return typeCode + ": " + reason;
        }
    }

    /** A citizen's session ended: how, after how long, which journeys. */
    record SessionEnded(SessionEnd end) implements JournalEvent {
        public SessionEnded {
            Objects.requireNonNull(end, "end");
        }

        @Override
        public String actor() {
            return "citizen";
        }

        @Override
        public AuditAction action() {
            return AuditAction.SESSION_ENDED;
        }

        @Override
        public String detail() {
            List<Journey> journeys = end.journeys();
            return end.how().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " after " + end.length().toSeconds()
                    + " s; journeys: " + (journeys.isEmpty() ? "none"
                    : journeys.stream().map(Journey::name).collect(Collectors.joining(", ")));
        }
    }

    /** A device stopped being usable, or is usable again. */
    record DeviceChanged(String device, DeviceState state, Set<DeviceReason> reasons) implements JournalEvent {
        public DeviceChanged {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(state, "state");
            reasons = Set.copyOf(reasons);
        }

        @Override
        public String actor() {
            return "kiosk";
        }

        @Override
        public AuditAction action() {
            return state.isUsable() ? AuditAction.DEVICE_RECOVERED : AuditAction.DEVICE_FAULT;
        }

        @Override
        public String detail() {
            return device + " " + state + (reasons.isEmpty() ? ""
                    : " " + reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(", ", "[", "]")));
        }
    }

    /** The kiosk started, and what checking its journal found. */
    record KioskStarted(ChainVerdict journal) implements JournalEvent {
        public KioskStarted {
            Objects.requireNonNull(journal, "journal");
        }

        @Override
        public String actor() {
            return "kiosk";
        }

        @Override
        public AuditAction action() {
            return AuditAction.KIOSK_STARTED;
        }

        @Override
        public String detail() {
            // the verdict's words, not its seals: a seal is hex and may look like a number
            return journal instanceof ChainVerdict.Broken broken
                    ? "journal broken at entry " + broken.sequence() + " (" + broken.problem() + ")"
                    : "journal intact, " + ((ChainVerdict.Intact) journal).entries() + " entries";
        }
    }

    /** The kiosk stops. */
    record KioskStopped() implements JournalEvent {
        @Override
        public String actor() {
            return "kiosk";
        }

        @Override
        public AuditAction action() {
            return AuditAction.KIOSK_STOPPED;
        }

        @Override
        public String detail() {
            return "";
        }
    }

    /** The technicians' hidden gesture was made on the screen; {@code asking} is what the kiosk asks for next. */
    record GestureRecognised(EntryStage asking) implements JournalEvent {
        public GestureRecognised {
            if (asking != EntryStage.ASKING_CARD && asking != EntryStage.ASKING_PIN) {
                throw new IllegalArgumentException("after the gesture the kiosk asks for a card or a PIN, not " + asking);
            }
        }

        @Override
        public String actor() {
            return "kiosk";
        }

        @Override
        public AuditAction action() {
            return AuditAction.GESTURE_RECOGNISED;
        }

        @Override
        public String detail() {
            return asking == EntryStage.ASKING_CARD ? "technician card asked for" : "PIN prompt shown";
        }
    }

    /** A technician left maintenance mode. */
    record MaintenanceLeft(String technician) implements JournalEvent {
        public MaintenanceLeft {
            Objects.requireNonNull(technician, "technician");
        }

        @Override
        public String actor() {
            return technician;
        }

        @Override
        public AuditAction action() {
            return AuditAction.MAINTENANCE_LEFT;
        }

        @Override
        public String detail() {
            return "";
        }
    }
}
