package org.onetrip.kiosk.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.onetrip.config.SetAsideSettings;

/**
 * When a filing that keeps failing is set aside, so that the filings behind it are not held. Only
 * failures while the backend answers count ({@link AttemptFailure}): an outage holds every filing
 * alike and sets none aside. A pure function of the filing's {@link OutboxEntry.Tries} and the time,
 * by the limits of {@code backend.setAside} ({@link SetAsideSettings}).
 *
 * <p>A 4xx other than 408, 409 and 429 says the request itself is refused, so the same bytes will be
 * refused again; it is tried a small, bounded number of times ({@code afterRefusals}, 3 by default)
 * rather than once, because a proxy being reloaded, a firewall rule briefly wrong or a body damaged
 * on the way ({@code 422 DIGEST_MISMATCH}) refuses one attempt and not the next, and setting a
 * filing aside costs a technician's visit.
 *
 * @param limits after how many failures, how long failing, and how many refusals
 */
public record SetAsideRule(SetAsideSettings limits) {

    public SetAsideRule {
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * @throws IllegalArgumentException when a limit is outside its range (see {@link SetAsideSettings})
     */
    public SetAsideRule(int afterFailures, Duration afterFailingFor, int afterRefusals) {
        this(new SetAsideSettings(afterFailures, afterFailingFor, afterRefusals));
    }

    /** Ten failures, a day of failing, or three refusals. */
    public static SetAsideRule standard() {
        return new SetAsideRule(SetAsideSettings.DEFAULT);
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
        if (tries.refusals() >= limits.afterRefusals()) {
            return Optional.of(SetAsideCause.REFUSED_AS_SENT);
        }
        if (tries.strikes() >= limits.afterFailures()) {
            return Optional.of(SetAsideCause.FAILED_TOO_OFTEN);
        }
        if (tries.strikes() > 0 && tries.struckSince().isPresent()
                && !Duration.between(tries.struckSince().get(), now).minus(limits.afterFailingFor()).isNegative()) {
            return Optional.of(SetAsideCause.FAILING_TOO_LONG);
        }
        return Optional.empty();
    }
}
