package org.onetrip.kiosk.filing;

import java.nio.file.Path;
import java.time.Clock;
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
 * Sends a citizen's rating to the approval system. The citizen never waits for it: the rating is
 * kept in the kiosk's database first, and one the backend cannot take now is sent again with the
 * same idempotency key, with growing pauses, until {@code giveUpAfter} has passed since it was
 * given, across restarts too.
 */
public final class RatingDesk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RatingDesk.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);

    private final ApprovalBackendClient client;
    private final KeptRatings kept;
    private final Scheduler scheduler;
    private final Executor io;
    private final Clock clock;
    private final Duration giveUpAfter;

    private RatingDesk(ApprovalBackendClient client, KeptRatings kept, Scheduler scheduler, Executor io, Clock clock,
            Duration giveUpAfter) {
        this.client = Objects.requireNonNull(client, "client");
        this.kept = kept;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.io = Objects.requireNonNull(io, "io");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.giveUpAfter = Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    }

    /**
     * Opens the ratings kept in {@code dataDirectory}'s kiosk database and starts sending those an
     * earlier run could not deliver.
     *
     * @param scheduler times the retries; its thread never waits on the network
     * @param io        sends the ratings
     * @param giveUpAfter how long after it was given a rating is still worth sending
     */
    public static RatingDesk open(ApprovalBackendClient client, Path dataDirectory, Scheduler scheduler, Executor io,
            Clock clock, Duration giveUpAfter) {
        RatingDesk desk = new RatingDesk(client, KeptRatings.open(dataDirectory), scheduler, io, clock, giveUpAfter);
        for (KeptRatings.Kept rating : desk.kept.all()) {
            io.execute(() -> desk.send(rating, FIRST_PAUSE));
        }
        return desk;
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
        KeptRatings.Kept rating = new KeptRatings.Kept("rating-" + UUID.randomUUID(), submissionId, score,
                reasons.stream().map(Enum::name).toList(), clock.instant());
        io.execute(() -> {
            try {
                kept.keep(rating);
            } catch (RuntimeException e) {
                log.warn("a rating could not be kept; it is sent once: {}", e.toString());
            }
            send(rating, FIRST_PAUSE);
        });
    }

    private void send(KeptRatings.Kept rating, Duration pause) {
        CallOutcome<RatingReceipt> outcome;
        try {
            outcome = client.rate(new Rating(rating.submissionId(), null, rating.score(), rating.reasons(), null),
                    rating.ratingId());
        } catch (RuntimeException e) {
            log.warn("a rating could not be sent and is dropped: {}", e.toString());
            forget(rating);
            return;
        }
        if (outcome instanceof CallOutcome.Retryable<RatingReceipt> retry) {
            Duration waited = Duration.between(rating.givenAt(), clock.instant());
            if (waited.plus(pause).compareTo(giveUpAfter) > 0) {
                log.warn("a rating could not be delivered and is dropped after {}: {}", waited, retry.reason());
                forget(rating);
                return;
            }
            Duration next = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            scheduler.schedule(pause, () -> io.execute(() -> send(rating, next)));
            return;
        }
        if (outcome instanceof CallOutcome.Refused<RatingReceipt> refused) {
            log.warn("the approval system refused a rating: {} {}", refused.wireCode(), refused.message());
        }
        forget(rating);
    }

    private void forget(KeptRatings.Kept rating) {
        try {
            kept.forget(rating.ratingId());
        } catch (RuntimeException e) {
            // sent again after a restart with the same key, which the backend recognises
            log.warn("a delivered rating could not be forgotten: {}", e.toString());
        }
    }

    @Override
    public void close() {
        kept.close();
    }
}
