package org.onetrip.kiosk.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.BackendText;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.backend.ApprovalContract.Filings;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxState;

/**
 * The "check my progress" journey's service: the approval system's filings for an ID number,
 * joined with this kiosk's own outbox, so a filing still being sent shows as "received by the
 * kiosk, being sent" and a filing made here shows its receipt number too. When the backend
 * cannot be reached, the kiosk's own knowledge is shown and the report says it is partial.
 *
 * <p>Blocks for one backend call (at most the call time-out). Thread-safe.
 */
public final class ProgressLookup {

    private final ApprovalBackendClient client;
    private final Outbox outbox;
    private final LookupKey lookupKey;

    public ProgressLookup(ApprovalBackendClient client, Outbox outbox, LookupKey lookupKey) {
        this.client = Objects.requireNonNull(client, "client");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
    }

    /** The filings of the holder of {@code idNumber}, as read from their ID card. */
    public ProgressReport lookup(String idNumber) {
        List<OutboxEntry> read = outbox.entriesOf(lookupKey.applicantKey(idNumber));
        CallOutcome<Filings> remote = client.lookupFilings(idNumber);
        // a filing delivered while the backend was asked is listed once, as the backend has it
        Set<String> atBackend = remote instanceof CallOutcome.Ok<Filings> known
                ? known.value().filings().stream().map(Filing::submissionId).collect(Collectors.toSet()) : Set.of();
        List<OutboxEntry> local = read.stream().filter(e -> !atBackend.contains(e.submissionId())).toList();
        List<FilingProgress> shown = new ArrayList<>();
        // a filing set aside for the technician is still on its way, by hand if need be
        local.stream()
                .filter(e -> e.state().pending() || e.state() == OutboxState.SET_ASIDE)
                .sorted(Comparator.comparingLong(OutboxEntry::sequence).reversed())
                .forEach(e -> shown.add(sending(e)));
        local.stream()
                .filter(e -> e.state() == OutboxState.REJECTED)
                .sorted(Comparator.comparingLong(OutboxEntry::sequence).reversed())
                .forEach(e -> shown.add(notAccepted(e)));
        if (remote instanceof CallOutcome.Ok<Filings> ok) {
            Map<String, OutboxEntry> bySubmission = new HashMap<>();
            read.forEach(e -> bySubmission.put(e.submissionId(), e));
            for (Filing filing : ok.value().filings()) {
                shown.add(fromBackend(filing, Optional.ofNullable(bySubmission.get(filing.submissionId()))));
            }
            return new ProgressReport(shown, Optional.empty());
        }
        local.stream()
                .filter(e -> e.state() == OutboxState.ACKNOWLEDGED)
                .sorted(Comparator.comparingLong(OutboxEntry::sequence).reversed())
                .forEach(e -> shown.add(handedOver(e)));
        String problem = remote instanceof CallOutcome.Retryable<Filings> retry ? retry.reason()
                : ((CallOutcome.Refused<Filings>) remote).wireCode();
        return new ProgressReport(shown, Optional.of(problem));
    }

    private static FilingProgress sending(OutboxEntry e) {
        return new FilingProgress(Optional.of(e.trackingNumber()), Optional.empty(), e.matterCodes(), e.bundleCode(),
                ProgressStage.SENDING, Optional.empty(), Optional.empty(), e.filedAt());
    }

    private static FilingProgress notAccepted(OutboxEntry e) {
        return new FilingProgress(Optional.of(e.trackingNumber()), Optional.empty(), e.matterCodes(), e.bundleCode(),
                ProgressStage.NOT_ACCEPTED, e.rejectionCode(), Optional.empty(), e.finishedAt().orElse(e.filedAt()));
    }

    private static FilingProgress handedOver(OutboxEntry e) {
        return new FilingProgress(Optional.of(e.trackingNumber()), e.acceptanceNumber(), e.matterCodes(),
                e.bundleCode(), ProgressStage.HANDED_OVER, Optional.empty(), e.promisedDate(),
                e.finishedAt().orElse(e.filedAt()));
    }

    private static FilingProgress fromBackend(Filing filing, Optional<OutboxEntry> local) {
        return new FilingProgress(local.map(OutboxEntry::trackingNumber).or(() -> Optional.ofNullable(filing.trackingNumber())),
                Optional.ofNullable(filing.acceptanceNumber()),
                filing.matterCodes(), Optional.ofNullable(filing.bundleCode()),
                ProgressStage.fromBackend(filing.state()), Optional.ofNullable(BackendText.shown(filing.stateReason())),
                date(filing.promisedDate()), instant(filing.updatedAt()).or(() -> instant(filing.committedAt()))
                .orElse(Instant.EPOCH));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
