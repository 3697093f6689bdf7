package org.onetrip.backend.fault;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;

/** Operator-only {@code POST /admin/down}: {@code {"duration": "PT30S"}} takes the backend down, then up again. */
public final class OutageAdminHandler implements Handler {

    /** Body and answer. */
    public record Down(String duration) {
    }

    private static final Duration LONGEST = Duration.ofHours(1);

    private final Outage outage;
    private final Json json;

    public OutageAdminHandler(Outage outage, Json json) {
        this.outage = outage;
        this.json = json;
    }

    @Override
    public Reply handle(ApiRequest request) {
        Down body = json.read(request.body(), Down.class);
        Duration duration;
        try {
            duration = Duration.parse(body.duration() == null ? "" : body.duration());
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "duration must be an ISO-8601 duration such as PT30S");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "duration must be positive and at most " + LONGEST);
        }
        outage.goDownFor(duration);
        return json.reply(202, new Down(duration.toString()));
    }
}
