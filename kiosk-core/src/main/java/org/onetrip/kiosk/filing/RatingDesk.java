package org.onetrip.kiosk.filing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.Rating;
import org.onetrip.kiosk.backend.ApprovalContract.RatingReceipt;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a citizen's rating to the approval system. The citizen never waits for it: a rating the
 * backend cannot take now is sent again with the same idempotency key, with growing pauses, for
 * as long as {@code giveUpAfter}.
 */
public final class RatingDesk {

    private static final Logger log = LoggerFactory.getLogger(RatingDesk.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);

    private final ApprovalBackendClient client;
    private final Scheduler scheduler;
    private final Executor io;
    private final Duration giveUpAfter;

    /**
     * @param scheduler times the retries; its thread never waits on the network
     * @param io        sends the ratings
     */
    public RatingDesk(ApprovalBackendClient client, Scheduler scheduler, Executor io, Duration giveUpAfter) {
        this.client = Objects.requireNonNull(client, "client");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.io = Objects.requireNonNull(io, "io");
        this.giveUpAfter = Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    }

    /**
     * Sends the rating of one filing, now and again later while the backend is unreachable. Returns at
     * once.
     *
     * @param score 1 (very poor) to 5 (very good)
     */
    public void rate(String submissionId, int score, List<RatingReason> reasons) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a score is 1 to 5, got " + score);
        }
        Rating rating = new Rating(submissionId, null, score, reasons.stream().map(Enum::name).toList(), null);
        String ratingId = "rating-" + UUID.randomUUID();
        io.execute(() -> send(rating, ratingId, FIRST_PAUSE, Duration.ZERO));
    }

    private void send(Rating rating, String ratingId, Duration pause, Duration waited) {
        CallOutcome<RatingReceipt> outcome;
        try {
            outcome = client.rate(rating, ratingId);
        } catch (RuntimeException e) {
            log.warn("a rating could not be sent and is dropped: {}", e.toString());
            return;
        }
        if (outcome instanceof CallOutcome.Retryable<RatingReceipt> retry) {
            if (waited.plus(pause).compareTo(giveUpAfter) > 0) {
                log.warn("a rating could not be delivered and is dropped after {}: {}", waited, retry.reason());
                return;
            }
            Duration next = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            scheduler.schedule(pause, () -> io.execute(() -> send(rating, ratingId, next, waited.plus(pause))));
        } else if (outcome instanceof CallOutcome.Refused<RatingReceipt> refused) {
            log.warn("the approval system refused a rating: {} {}", refused.wireCode(), refused.message());
        }
    }
}
