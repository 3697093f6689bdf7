package org.onetrip.backend.submission;

import java.time.Instant;
import java.util.List;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.registry.IdNumbers;
import org.onetrip.backend.store.Digests;
import org.onetrip.backend.store.FilingRecord;

/**
 * {@code POST /applicants/filings:lookup}: the filings of the applicant whose ID number is in
 * the body. A POST, so the ID number never appears in a URL or an access log.
 */
public final class LookupFilingsHandler implements Handler {

    private final SubmissionDesk desk;

    public LookupFilingsHandler(SubmissionDesk desk) {
        this.desk = desk;
    }

    /** Body of the lookup (schema {@code FilingsLookup}). */
    public record Lookup(String idNumber) {
    }

    /** One filing (schema {@code Filing}). */
    public record FilingView(String acceptanceNumber, String trackingNumber, String submissionId, List<String> matterCodes,
                             String bundleCode, String state, String stateReason, String promisedDate,
                             String committedAt, String updatedAt) {
    }

    /** The answer (schema {@code Filings}). */
    public record Filings(List<FilingView> filings) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        Lookup lookup = desk.json.read(request.body(), Lookup.class);
        if (!IdNumbers.isValid(lookup.idNumber())) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "idNumber is not a valid 18-character resident ID number");
        }
        desk.citizenData.admit("lookup-filings", request, lookup.idNumber());
        Instant now = desk.clock.instant();
        List<FilingView> filings = desk.store.filingsOfApplicant(Digests.applicantKey(lookup.idNumber())).stream()
                .map(f -> view(f, now))
                .toList();
        return desk.json.reply(200, new Filings(filings));
    }

    private FilingView view(FilingRecord filing, Instant now) {
        ReviewTimeline.Status status = desk.timeline.statusAt(filing, now, desk.zone);
        return new FilingView(filing.acceptanceNumber(), filing.trackingNumber(), filing.submissionId(),
                filing.matterCodes(),
                filing.bundleCode(), status.state().name(), status.reason(), filing.promisedDate().toString(),
                filing.committedAt().toString(), status.since().toString());
    }
}
