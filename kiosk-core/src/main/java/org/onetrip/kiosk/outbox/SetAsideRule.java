package org.onetrip.kiosk.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When a filing that keeps failing is set aside, so that the filings behind it are not held. Only
 * failures while the backend answers count ({@link AttemptFailure}): an outage holds every filing
 * alike and sets none aside. A pure function of the filing's {@link OutboxEntry.Tries} and the time.
 *
 * <p>A 4xx other than 408, 409 and 429 says the request itself is refused, so the same bytes will be
 * refused again; it is tried a small, bounded number of times ({@code afterRefusals}, 3 by default)
 * rather than once, because a proxy being reloaded, a firewall rule briefly wrong or a body damaged
 * on the way ({@code 422 DIGEST_MISMATCH}) refuses one attempt and not the next, and setting a
 * filing aside costs a technician's visit.
 *
 * @param afterFailures    failed attempts while the backend answered, after which the filing is set
 *                         aside; 1 to {@value #MAX_FAILURES}
 * @param afterFailingFor  how long after its first such failure a filing that still fails is set aside;
 *                         1 minute to 30 days
 * @param afterRefusals    refusals of the request (4xx other than 408, 409, 429) after which it is set
 *                         aside; 1 to {@code afterFailures}
 */
public record SetAsideRule(int afterFailures, Duration afterFailingFor, int afterRefusals) {

    public static final int DEFAULT_AFTER_FAILURES = 10;
    public static final Duration DEFAULT_AFTER_FAILING_FOR = Duration.ofHours(24);
    public static final int DEFAULT_AFTER_REFUSALS = 3;
    public static final int MAX_FAILURES = 1000;
    public static final Duration SHORTEST_FAILING_FOR = Duration.ofMinutes(1);
    public static final Duration LONGEST_FAILING_FOR = Duration.ofDays(30);

    public SetAsideRule {
        Objects.requireNonNull(afterFailingFor, "afterFailingFor");
        if (afterFailures < 1 || afterFailures > MAX_FAILURES) {
            throw new IllegalArgumentException("afterFailures must be 1 to " + MAX_FAILURES + ", got " + afterFailures);
        }
        if (afterFailingFor.compareTo(SHORTEST_FAILING_FOR) < 0 || afterFailingFor.compareTo(LONGEST_FAILING_FOR) > 0) {
            throw new IllegalArgumentException("afterFailingFor must be 1 minute to 30 days, got " + afterFailingFor);
        }
        if (afterRefusals < 1 || afterRefusals > afterFailures) {
            throw new IllegalArgumentException("afterRefusals must be 1 to afterFailures (" + afterFailures + "), got "
                    + afterRefusals);
        }
    }

    /** Ten failures, a day of failing, or three refusals. */
    public static SetAsideRule standard() {
        return new SetAsideRule(DEFAULT_AFTER_FAILURES, DEFAULT_AFTER_FAILING_FOR, DEFAULT_AFTER_REFUSALS);
    }

    /**
     * Whether an HTTP status refuses the request itself: a 4xx other than 408 (request time-out), 409
     * (conflict with a request under way) and 429 (too many requests), which say "not now".
     */
    public static boolean refusesTheRequest(OptionalInt status) {
        if (status.isEmpty()) {
            return false;
        }
        int code = status.getAsInt();
        return code >= 400 && code < 500 && code != 408 && code != 409 && code != 429;
    }

    /** Whether the filing is to be set aside now, and why; empty while it is to be tried again. */
    public Optional<SetAsideCause> verdict(OutboxEntry.Tries tries, Instant now) {
        Objects.requireNonNull(tries, "tries");
        if (tries.refusals() >= afterRefusals) {
            return Optional.of(SetAsideCause.REFUSED_AS_SENT);
        }
        if (tries.strikes() >= afterFailures) {
            return Optional.of(SetAsideCause.FAILED_TOO_OFTEN);
        }
        if (tries.strikes() > 0 && tries.struckSince().isPresent()
                && !Duration.between(tries.struckSince().get(), now).minus(afterFailingFor).isNegative()) {
            return Optional.of(SetAsideCause.FAILING_TOO_LONG);
        }
        return Optional.empty();
    }
}
