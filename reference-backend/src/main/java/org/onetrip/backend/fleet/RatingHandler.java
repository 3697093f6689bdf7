package org.onetrip.backend.fleet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.BackendStore;

/** {@code POST /ratings}: a citizen's rating of the service (好差评), about a submission or a session. */
public final class RatingHandler implements Handler {

    /** Body (schema {@code Rating}); exactly one of submissionId and sessionRef. */
    public record Rating(String submissionId, String sessionRef, Integer score, List<String> reasonCodes,
                         String comment) {
    }

    /** The answer (schema {@code RatingReceipt}). */
    public record RatingReceipt(long ratingId, String receivedAt) {
    }

    private final BackendStore store;
    private final Json json;
    private final Clock clock;

    public RatingHandler(BackendStore store, Json json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Reply handle(ApiRequest request) {
        Rating rating = json.read(request.body(), Rating.class);
        boolean bySubmission = rating.submissionId() != null;
        if (bySubmission == (rating.sessionRef() != null)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "give exactly one of submissionId and sessionRef");
        }
        if (rating.score() == null || rating.score() < 1 || rating.score() > 5) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "score must be 1..5");
        }
        List<String> reasons = rating.reasonCodes() == null ? List.of() : rating.reasonCodes();
        if (reasons.size() > 10 || reasons.stream().anyMatch(r -> r == null || !r.matches("[A-Z][A-Z0-9_]{0,39}"))) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "reasonCodes: at most 10 codes like SLOW_SCAN");
        }
        if (rating.comment() != null && rating.comment().length() > 500) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "comment must be at most 500 characters");
        }
        Instant now = clock.instant();
        String subject = bySubmission ? "submission:" + rating.submissionId() : "session:" + rating.sessionRef();
        long id = store.insertRating(request.kioskId(), now, subject, rating.score(), reasons, rating.comment());
        return json.reply(201, new RatingReceipt(id, now.toString()));
    }
}
