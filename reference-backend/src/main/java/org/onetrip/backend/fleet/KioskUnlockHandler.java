package org.onetrip.backend.fleet;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.onetrip.backend.enrolment.KioskIds;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.BackendStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator-only {@code POST /admin/kiosks/{kioskId}:unlock}: lifts the kiosk's technician PIN
 * lockout (out of service after too many wrong PINs, or a broken journal). The unlock waits for
 * the kiosk's next heartbeat and goes out in that answer once; the kiosk journals it and opens.
 * A new unlock replaces one still waiting. Answers {@code 202} with the unlock's id.
 */
public final class KioskUnlockHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(KioskUnlockHandler.class);

    private final BackendStore store;
    private final Json json;
    private final Clock clock;

    public KioskUnlockHandler(BackendStore store, Json json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** The answer (schema {@code KioskUnlock}): delivered with the kiosk's next heartbeat. */
    public record Unlock(String kioskId, String unlockId, String issuedAt, String delivery) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String kioskId = request.pathParam("kioskId");
        if (!KioskIds.isValid(kioskId)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "not a kiosk id: 1 to 64 letters, digits, '.', '-' or '_'");
        }
        String unlockId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        store.insertUnlock(unlockId, kioskId, now);
        log.info("the operator unlocked kiosk {}: unlock {} waits for its next heartbeat (request {})", kioskId, unlockId,
                request.requestId());
        return json.reply(202, new Unlock(kioskId, unlockId, now.toString(), "with the kiosk's next heartbeat"));
    }
}
