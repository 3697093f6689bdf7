package org.onetrip.backend.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.registry.Resident;
import org.onetrip.backend.store.Digests;
import org.onetrip.backend.store.FilingRecord;
import org.onetrip.backend.store.NewFiling;
import org.onetrip.backend.store.SubmissionRecord;
import org.onetrip.backend.store.SubmissionState;

/**
 * {@code POST /submissions/{submissionId}/commit}: turns a complete submission into a filing
 * with an acceptance number. A retry answers the same number; there is only ever one filing.
 */
public final class CommitSubmissionHandler implements Handler {

    /** Why a commit was refused; the value is the rejection reason on the wire. */
    public static final String ID_CARD_EXPIRED = "ID_CARD_EXPIRED";

    private final SubmissionDesk desk;

    public CommitSubmissionHandler(SubmissionDesk desk) {
        this.desk = desk;
    }

    /** The commit's answer (schema {@code Acceptance}). */
    public record Acceptance(String submissionId, String acceptanceNumber, String state, String promisedDate,
                             String committedAt) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String submissionId = desk.submissionId(request);
        synchronized (desk) {
            SubmissionRecord submission = desk.ownSubmission(submissionId, request.kioskId());
            if (submission.state() == SubmissionState.REJECTED) {
                throw rejected(submission.rejectionReason());
            }
            if (submission.state() == SubmissionState.COMMITTED) {
                return desk.json.reply(200, acceptance(desk.store.filingOf(submissionId).orElseThrow()));
            }
            Manifest manifest = desk.manifestOf(submission);
            List<String> missing = desk.missingFiles(manifest, desk.store.receivedFiles(submissionId));
            if (!missing.isEmpty()) {
                throw new ApiException(ErrorCode.FILES_MISSING,
                        missing.size() + " file(s) still missing; upload them, then commit again",
                        Map.of("missingFiles", missing));
            }
            if (idCardExpired(manifest)) {
                desk.store.reject(submissionId, ID_CARD_EXPIRED);
                throw rejected(ID_CARD_EXPIRED);
            }
            Instant now = desk.clock.instant();
            LocalDate topUpDue = manifest.promisedMaterials().stream()
                    .map(p -> LocalDate.parse(p.dueBy()))
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            // the kiosk promised a date on the receipt from the hall's calendar: that promise stands
            LocalDate promised = manifest.promisedDate() != null ? LocalDate.parse(manifest.promisedDate())
                    : desk.timeline.promisedDate(now, desk.zone);
            NewFiling filing = new NewFiling(submissionId, Digests.applicantKey(manifest.applicant().idNumber()),
                    manifest.matterCodes(), manifest.bundleCode(), now, promised, topUpDue, manifest.trackingNumber());
            FilingRecord committed = desk.store.commit(filing, seq -> desk.acceptanceNumber(now, seq));
            return desk.json.reply(200, acceptance(committed));
        }
    }

    /** The registry's card validity wins over what the manifest says, for people the registry knows. */
    private boolean idCardExpired(Manifest manifest) {
        LocalDate submitted = Instant.parse(manifest.submittedAt()).atZone(desk.zone).toLocalDate();
        LocalDate validUntil = desk.registry.byIdNumber(manifest.applicant().idNumber())
                .map(Resident::validUntil)
                .orElseGet(() -> manifest.applicant().validUntil() == null
                        ? null : LocalDate.parse(manifest.applicant().validUntil()));
        return validUntil != null && validUntil.isBefore(submitted);
    }

    private Acceptance acceptance(FilingRecord filing) {
        ReviewTimeline.Status status = desk.timeline.statusAt(filing, desk.clock.instant(), desk.zone);
        return new Acceptance(filing.submissionId(), filing.acceptanceNumber(), status.state().name(),
                filing.promisedDate().toString(), filing.committedAt().toString());
    }

    private static ApiException rejected(String reason) {
        return new ApiException(ErrorCode.SUBMISSION_REJECTED, "the submission was refused: " + reason,
                Map.of("reason", reason));
    }
}
