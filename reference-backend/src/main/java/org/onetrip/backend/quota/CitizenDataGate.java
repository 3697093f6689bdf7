package org.onetrip.backend.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.ErrorReplies;
import org.onetrip.backend.registry.IdNumbers;
import org.onetrip.backend.store.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to citizens' data (filing lookups, licence fetches, certificate issues): each call
 * is counted against its kiosk's and its ID number's {@link Quotas}, refused with {@code 429
 * RATE_LIMITED} and {@code Retry-After} over either, and logged with the kiosk id and the
 * request id, never the ID number. The ID number is counted under its keyed digest.
 *
 * <p>Thread-safe.
 */
public final class CitizenDataGate {

    private static final Logger log = LoggerFactory.getLogger(CitizenDataGate.class);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final TokenBuckets<String> perKiosk;
    private final TokenBuckets<String> perIdNumber;

    public CitizenDataGate(Quotas quotas, Clock clock) {
        this.clock = clock;
        this.perKiosk = new TokenBuckets<>(quotas.citizenDataPerKiosk(), MAX_KEYS);
        this.perIdNumber = new TokenBuckets<>(quotas.citizenDataPerIdNumber(), MAX_KEYS);
    }

    /**
     * Lets one citizen-data call through, or refuses it.
     *
     * @param operation what the call does, for the log, e.g. {@code fetch-licence}
     * @throws ApiException 400 when {@code idNumber} is not a valid ID number, 429 over a quota
     */
    public void admit(String operation, ApiRequest request, String idNumber) {
        if (!IdNumbers.isValid(idNumber)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "idNumber is not a valid 18-character resident ID number");
        }
        String kiosk = request.kioskId();
        String citizen = Digests.applicantKey(idNumber);
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Duration kioskWait = perKiosk.waitFor(kiosk, now);
            Duration citizenWait = perIdNumber.waitFor(citizen, now);
            wait = kioskWait.compareTo(citizenWait) >= 0 ? kioskWait : citizenWait;
            if (wait.isZero()) {
                perKiosk.take(kiosk, now);
                perIdNumber.take(citizen, now);
            }
        }
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.warn("{} by kiosk {} refused: over its quota of citizen-data calls (request {})", operation, kiosk,
                    request.requestId());
            throw new ApiException(ErrorCode.RATE_LIMITED, "too many calls for citizens' data from this kiosk or for"
                    + " this ID number; try again in " + seconds + " s",
                    Map.of(ErrorReplies.RETRY_AFTER_SECONDS, seconds));
        }
        log.info("{} by kiosk {} (request {})", operation, kiosk, request.requestId());
    }
}
