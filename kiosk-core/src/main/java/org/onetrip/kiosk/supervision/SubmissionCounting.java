package org.onetrip.kiosk.supervision;

import java.util.Objects;

import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEvent;

/**
 * Counts submissions in the {@link CounterStore} as the outbox reports them:
 * {@code submissions.filed} (committed at the kiosk), {@code submissions.sent} (acknowledged by
 * the backend), {@code submissions.rejected} (refused by it), {@code submissions.setAside} (kept
 * failing, left for the technician) and {@code submissions.requeued}.
 */
public final class SubmissionCounting {
    public static final String FILED = "submissions.filed";
    public static final String SENT = "submissions.sent";
    public static final String REJECTED = "submissions.rejected";
    public static final String REQUEUED = "submissions.requeued";
    public static final String SET_ASIDE = "submissions.setAside";

    private SubmissionCounting() {
    }

    /** Counts from now on, until the subscription is cancelled. */
    public static Subscription follow(Outbox outbox, CounterStore counters) {
        Objects.requireNonNull(counters, "counters");
        return outbox.subscribe(event -> count(event, counters));
    }

    static void count(OutboxEvent event, CounterStore counters) {
        switch (event.state()) {
            case QUEUED -> counters.increment("requeued".equals(event.detail()) ? REQUEUED : FILED);
            case ACKNOWLEDGED -> counters.increment(SENT);
            case REJECTED -> counters.increment(REJECTED);
            case SET_ASIDE -> counters.increment(SET_ASIDE);
            case UPLOADING -> {
                // an attempt under way counts nothing
            }
            default -> throw new IllegalStateException("unknown outbox state " + event.state());
        }
    }
}
