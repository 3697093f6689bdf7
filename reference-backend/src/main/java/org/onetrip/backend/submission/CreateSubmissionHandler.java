package org.onetrip.backend.submission;

import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.Digests;
import org.onetrip.backend.store.SubmissionRecord;
import org.onetrip.backend.store.SubmissionState;

/**
 * {@code PUT /submissions/{submissionId}}: accepts a signed manifest, sealed to the backend's key. The same manifest again
 * answers 200 with the current state; a different manifest under the same id is a 409.
 */
public final class CreateSubmissionHandler implements Handler {

    private final SubmissionDesk desk;

    public CreateSubmissionHandler(SubmissionDesk desk) {
        this.desk = desk;
    }

    @Override
    public Reply handle(ApiRequest request) {
        String submissionId = desk.submissionId(request);
        String kioskId = request.kioskId();
        byte[] opened = desk.sealed.open(request, SealedBody.manifestContext(submissionId));
        SignedManifest envelope = desk.json.read(opened, SignedManifest.class);
        if (envelope.manifest() == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "the envelope needs a manifest object");
        }
        byte[] canonical = CanonicalJson.bytes(envelope.manifest());
        desk.verifier.verify(kioskId, envelope, canonical);
        desk.rules.check(envelope.manifest(), submissionId, kioskId);
        String digest = Digests.sha256Hex(canonical);
        synchronized (desk) {
            var existing = desk.store.submission(submissionId);
            if (existing.isPresent()) {
                SubmissionRecord known = existing.get();
                if (!known.kioskId().equals(kioskId) || !known.manifestSha256().equals(digest)) {
                    throw new ApiException(ErrorCode.MANIFEST_CONFLICT,
                            "submission " + submissionId + " already exists with a different manifest");
                }
                return desk.json.reply(200, desk.view(known));
            }
            SubmissionRecord created = new SubmissionRecord(submissionId, kioskId, digest,
                    desk.json.write(envelope), desk.clock.instant(), SubmissionState.OPEN, null);
            desk.store.insertSubmission(created);
            return desk.json.reply(201, desk.view(created));
        }
    }
}
