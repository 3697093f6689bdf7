package org.onetrip.backend.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.quota.CitizenDataGate;
import org.onetrip.backend.registry.CivilRegistry;
import org.onetrip.backend.store.BackendStore;
import org.onetrip.backend.store.FilingRecord;
import org.onetrip.backend.store.MaterialFiles;
import org.onetrip.backend.store.ReceivedFile;
import org.onetrip.backend.store.SubmissionRecord;

/**
 * What the submission handlers share: the store, the rules, the clock, and the one way a
 * submission is shown to the kiosk. Handlers that read and then write hold the desk's
 * monitor, so two retries racing each other still create one submission and one filing.
 */
public final class SubmissionDesk {

    private static final DateTimeFormatter ACCEPTANCE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    final BackendStore store;
    final MaterialFiles files;
    final Json json;
    final ManifestRules rules;
    final ManifestVerifier verifier;
    final Clock clock;
    final ZoneId zone;
    final ReviewTimeline timeline;
    final CivilRegistry registry;
    final SealedBody sealed;
    final CitizenDataGate citizenData;
    private final String acceptancePrefix;

    public SubmissionDesk(BackendStore store, MaterialFiles files, Json json, Clock clock, ZoneId zone,
                          ReviewTimeline timeline, CivilRegistry registry, String acceptancePrefix,
                          CitizenDataGate citizenData, SealedBody sealed) {
        this.store = store;
        this.sealed = sealed;
        this.files = files;
        this.json = json;
        this.rules = new ManifestRules(json.mapper());
        this.verifier = new ManifestVerifier(store);
        this.clock = clock;
        this.zone = zone;
        this.timeline = timeline;
        this.registry = registry;
        this.acceptancePrefix = acceptancePrefix;
        this.citizenData = citizenData;
    }

    /** The path's submission id, checked, and the Idempotency-Key that must equal it. */
    String submissionId(ApiRequest request) {
        String id = request.pathParam("submissionId");
        if (!ManifestRules.SUBMISSION_ID.matcher(id).matches()) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "submission id must match " + ManifestRules.SUBMISSION_ID.pattern());
        }
        String key = request.idempotencyKey();
        if (key != null && !key.equals(id)) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_MISMATCH,
                    "Idempotency-Key must be the submission id on submission calls");
        }
        return id;
    }

    /** The kiosk's own submission; another kiosk's is reported as unknown. */
    SubmissionRecord ownSubmission(String submissionId, String kioskId) {
        return store.submission(submissionId)
                .filter(s -> s.kioskId().equals(kioskId))
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_SUBMISSION,
                        "no submission " + submissionId + " from kiosk " + kioskId));
    }

    Manifest manifestOf(SubmissionRecord submission) {
        SignedManifest envelope = json.read(submission.envelope(), SignedManifest.class);
        return rules.check(envelope.manifest(), submission.submissionId(), submission.kioskId());
    }

    List<String> missingFiles(Manifest manifest, List<ReceivedFile> received) {
        Set<String> have = received.stream().map(ReceivedFile::fileName).collect(Collectors.toSet());
        return manifest.fileNames().stream().filter(name -> !have.contains(name)).toList();
    }

    /** E.g. {@code SZ20261121-000123}: prefix, commit date, then the global commit sequence. */
    String acceptanceNumber(Instant committedAt, long sequence) {
        return acceptancePrefix + ACCEPTANCE_DATE.format(committedAt.atZone(zone)) + "-"
                + String.format("%06d", sequence);
    }

    SubmissionView view(SubmissionRecord submission) {
        Manifest manifest = manifestOf(submission);
        List<ReceivedFile> received = store.receivedFiles(submission.submissionId());
        FilingRecord filing = store.filingOf(submission.submissionId()).orElse(null);
        return new SubmissionView(
                submission.submissionId(),
                submission.kioskId(),
                submission.state().name(),
                submission.manifestSha256(),
                submission.createdAt().toString(),
                manifest.fileNames(),
                received.stream().map(f -> new SubmissionView.FileView(f.fileName(), f.sha256(), f.size(),
                        f.receivedAt().toString())).toList(),
                missingFiles(manifest, received),
                filing == null ? null : filing.acceptanceNumber(),
                filing == null ? null : filing.promisedDate().toString(),
                submission.rejectionReason());
    }
}
