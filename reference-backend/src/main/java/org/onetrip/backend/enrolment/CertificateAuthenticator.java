package org.onetrip.backend.enrolment;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.KioskAuthenticator;
import org.onetrip.backend.http.RequestHead;

/**
 * The kiosk of a call is the one its TLS client certificate names, if that certificate is the
 * kiosk's current one in the {@link KioskRegistry} on the backend's clock; otherwise the call is
 * answered {@code 401} before its body is read. The handshake already proved the caller holds the
 * certificate's key and that the {@link KioskAuthority} signed it ({@link ClientCertificateTrust}).
 */
public final class CertificateAuthenticator implements KioskAuthenticator {

    private final KioskRegistry registry;
    private final Clock clock;

    public CertificateAuthenticator(KioskRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Optional<String> authenticate(RequestHead head) {
        if (head.peerCertificates().isEmpty()) {
            throw new ApiException(ErrorCode.KIOSK_NOT_ENROLLED, "this call needs the TLS client certificate of an"
                    + " enrolled kiosk; enrol the kiosk with a code from the operator (./onetrip enrol --code CODE)");
        }
        X509Certificate leaf = head.peerCertificates().get(0);
        KioskRegistry.Known known = registry.standing(leaf, clock.instant());
        Optional<String> named = KioskAuthority.kioskIdOf(leaf);
        return switch (known.standing()) {
            case CURRENT, PENDING -> {
                if (named.isEmpty() || !named.get().equals(known.kioskId())) {
                    throw notEnrolled();
                }
                yield named;
            }
            case REVOKED -> throw new ApiException(ErrorCode.KIOSK_CERTIFICATE_REVOKED, "this kiosk's certificate was"
                    + " revoked; enrol the kiosk again with a new code from the operator");
            case EXPIRED -> throw new ApiException(ErrorCode.KIOSK_CERTIFICATE_EXPIRED, "this kiosk's certificate has"
                    + " expired; enrol the kiosk again with a new code from the operator");
            case UNKNOWN -> throw notEnrolled();
        };
    }

    private static ApiException notEnrolled() {
        return new ApiException(ErrorCode.KIOSK_NOT_ENROLLED, "this backend did not enrol the kiosk of this"
                + " certificate; enrol it with a code from the operator (./onetrip enrol --code CODE)");
    }
}
