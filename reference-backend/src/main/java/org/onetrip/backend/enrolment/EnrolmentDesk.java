package org.onetrip.backend.enrolment;

import java.security.cert.X509Certificate;
import java.time.Clock;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.quota.EnrolmentGuesses;

/** What the enrolment, renewal and revocation handlers share. */
public final class EnrolmentDesk {

    final KioskAuthority authority;
    final KioskRegistry registry;
    final EnrolmentGuesses guesses;
    final Json json;
    final Clock clock;

    public EnrolmentDesk(KioskAuthority authority, KioskRegistry registry, EnrolmentGuesses guesses, Json json,
                         Clock clock) {
        this.authority = authority;
        this.registry = registry;
        this.guesses = guesses;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The answer to an enrolment or a renewal (schema {@code KioskCertificate}).
     *
     * @param certificateChain the kiosk's certificate, then the authority's, PEM
     * @param notAfter         the certificate's last instant of validity
     */
    public record KioskCertificate(String kioskId, String certificateChain, String notAfter) {
    }

    /** Signs the request for {@code kioskId}; a request that cannot be used is a 400 naming why. */
    X509Certificate issue(String csrPem, String kioskId) {
        try {
            return authority.issueKioskCertificate(csrPem, kioskId, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }

    KioskCertificate answer(X509Certificate certificate, String kioskId) {
        return new KioskCertificate(kioskId, KioskAuthority.pem(certificate) + authority.certificatePem(),
                certificate.getNotAfter().toInstant().toString());
    }
}
