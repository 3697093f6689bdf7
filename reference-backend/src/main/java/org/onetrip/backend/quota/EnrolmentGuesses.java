package org.onetrip.backend.quota;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.ErrorReplies;

/**
 * Wrong enrolment codes per source address: after {@link Quotas#wrongEnrolmentCodesPerAddress()}
 * of them, the address's next enrolment calls are refused with {@code 429 RATE_LIMITED} until the
 * allowance comes back. A code has about 79 bits, so guessing is hopeless anyway; this keeps a
 * guesser from even trying at the backend's speed.
 *
 * <p>Thread-safe.
 */
public final class EnrolmentGuesses {

    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final TokenBuckets<InetAddress> wrongCodes;

    public EnrolmentGuesses(Quotas quotas, Clock clock) {
        this.clock = clock;
        this.wrongCodes = new TokenBuckets<>(quotas.wrongEnrolmentCodesPerAddress(), MAX_ADDRESSES);
    }

    /** @throws ApiException 429 while {@code address} has used up its wrong codes */
    public synchronized void admit(InetAddress address) {
        Duration wait = wrongCodes.waitFor(address, clock.instant());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(ErrorCode.RATE_LIMITED, "too many wrong enrolment codes from this address; try"
                    + " again in " + seconds + " s", Map.of(ErrorReplies.RETRY_AFTER_SECONDS, seconds));
        }
    }

    /** Counts one wrong code from {@code address}. */
    public synchronized void wrongCode(InetAddress address) {
        if (wrongCodes.waitFor(address, clock.instant()).isZero()) {
            wrongCodes.take(address, clock.instant());
        }
    }
}
