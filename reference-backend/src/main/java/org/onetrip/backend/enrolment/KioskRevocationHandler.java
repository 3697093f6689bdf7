package org.onetrip.backend.enrolment;

import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator-only {@code POST /admin/kiosks/{kioskId}:revoke}: every certificate of the kiosk is
 * revoked at once; its next call is {@code 401 KIOSK_CERTIFICATE_REVOKED} until it enrols again
 * with a new code.
 */
public final class KioskRevocationHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(KioskRevocationHandler.class);

    private final EnrolmentDesk desk;

    public KioskRevocationHandler(EnrolmentDesk desk) {
        this.desk = desk;
    }

    /** The answer (schema {@code KioskRevocation}). */
    public record Revocation(String kioskId, int revokedCertificates) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String kioskId = request.pathParam("kioskId");
        if (!KioskIds.isValid(kioskId)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "not a kiosk id: 1 to 64 letters, digits, '.', '-' or '_'");
        }
        int revoked = desk.registry.revoke(kioskId, desk.clock.instant());
        log.info("the operator revoked {} certificate(s) of kiosk {} (request {})", revoked, kioskId,
                request.requestId());
        return desk.json.reply(200, new Revocation(kioskId, revoked));
    }
}
