package org.onetrip.backend.enrolment;

import java.security.cert.X509Certificate;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /enrolments}: a kiosk without a certificate shows a one-time code its operator
 * issued for it and a certificate signing request for its identity key; it gets its client
 * certificate. The code is used up; every earlier certificate of the kiosk is revoked. A wrong
 * code is {@code 401 ENROLMENT_CODE_INVALID}, counted against the caller's address.
 */
public final class EnrolmentHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentHandler.class);

    private final EnrolmentDesk desk;

    public EnrolmentHandler(EnrolmentDesk desk) {
        this.desk = desk;
    }

    /**
     * Body (schema {@code Enrolment}).
     *
     * @param certificateSigningRequest PEM PKCS#10 for the kiosk's EC P-256 identity key
     */
    public record Enrolment(String kioskId, String code, String certificateSigningRequest) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        desk.guesses.admit(request.remoteAddress());
        Enrolment body = desk.json.read(request.body(), Enrolment.class);
        String kioskId = KioskIds.requireInRequest(body.kioskId());
        if (body.code() == null || body.code().isBlank() || body.code().length() > 64) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "code must be the enrolment code the operator issued");
        }
        // an unusable request must not use up the code: it is checked before the code is
        desk.authority.checkRequest(body.certificateSigningRequest());
        if (!desk.registry.redeem(kioskId, body.code(), desk.clock.instant())) {
            desk.guesses.wrongCode(request.remoteAddress());
            log.warn("enrolment of kiosk {} refused: the code is unknown, used, expired or for another kiosk"
                    + " (request {})", kioskId, request.requestId());
            throw new ApiException(ErrorCode.ENROLMENT_CODE_INVALID, "this enrolment code cannot be used: it is"
                    + " unknown, used, expired or for another kiosk; ask the operator for a new one");
        }
        X509Certificate certificate = desk.issue(body.certificateSigningRequest(), kioskId);
        desk.registry.enrolled(certificate, kioskId, desk.clock.instant());
        log.info("kiosk {} enrolled; its certificate {} is valid until {}, earlier ones are revoked (request {})",
                kioskId, certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant(),
                request.requestId());
        return desk.json.reply(201, desk.answer(certificate, kioskId));
    }
}
