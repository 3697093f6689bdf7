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
 * {@code POST /kiosks/{kioskId}/certificate}: an enrolled kiosk, calling with its current
 * certificate, gets a new one for a new signing request, before the current one expires. The new
 * certificate is pending until the kiosk first calls with it; that call revokes the old one.
 */
public final class CertificateRenewalHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(CertificateRenewalHandler.class);

    private final EnrolmentDesk desk;

    public CertificateRenewalHandler(EnrolmentDesk desk) {
        this.desk = desk;
    }

    /** Body (schema {@code CertificateRenewal}). */
    public record Renewal(String certificateSigningRequest) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String kioskId = request.pathParam("kioskId");
        if (!kioskId.equals(request.kioskId())) {
            throw new ApiException(ErrorCode.KIOSK_ID_MISMATCH, "a kiosk renews only its own certificate");
        }
        Renewal body = desk.json.read(request.body(), Renewal.class);
        X509Certificate certificate = desk.issue(body.certificateSigningRequest(), kioskId);
        desk.registry.renewed(certificate, kioskId, desk.clock.instant());
        log.info("kiosk {} renewed its certificate; the new one {} is valid until {} (request {})", kioskId,
                certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant(), request.requestId());
        return desk.json.reply(201, desk.answer(certificate, kioskId));
    }
}
