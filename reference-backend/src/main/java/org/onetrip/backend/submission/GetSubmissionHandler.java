package org.onetrip.backend.submission;

import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;

/** {@code GET /submissions/{submissionId}}: what was received and what is still missing, to resume. */
public final class GetSubmissionHandler implements Handler {

    private final SubmissionDesk desk;

    public GetSubmissionHandler(SubmissionDesk desk) {
        this.desk = desk;
    }

    @Override
    public Reply handle(ApiRequest request) {
        String submissionId = desk.submissionId(request);
        return desk.json.reply(200, desk.view(desk.ownSubmission(submissionId, request.kioskId())));
    }
}
