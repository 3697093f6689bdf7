package org.onetrip.kiosk.backend;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateRenewal;
import org.onetrip.kiosk.backend.ApprovalContract.Enrolment;
import org.onetrip.kiosk.backend.ApprovalContract.KioskCertificate;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's client certificate: got once with the one-time code its operator issued
 * ({@link #enrol}), over TLS that trusts {@code backend.trustStore} and shows no certificate yet,
 * and renewed with the current certificate in the last {@link #RENEW_BEFORE} of its validity
 * ({@link #renewIfDue}). The certificate chain is kept beside the identity key; calls made
 * afterwards present it ({@link BackendConnection#from(KioskSettings, Optional)}).
 *
 * <p>Each call blocks for up to the backend call time-out; never call from a UI thread.
 */
public final class KioskEnrolment {

    /** A certificate is renewed once it ends within this. */
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(KioskEnrolment.class);

    private final KioskSettings settings;
    private final KioskIdentityKey key;
    private final Clock clock;

    /** What an enrolment or a renewal came to. */
    public sealed interface Outcome {
        /** The kiosk holds a new certificate, valid until {@code validUntil}. */
        record Enrolled(String kioskId, Instant validUntil, boolean renewal) implements Outcome {
        }

        /** The certificate is good for longer than {@link #RENEW_BEFORE}; nothing was asked. */
        record NotDue(Instant validUntil) implements Outcome {
        }

        /** The kiosk holds no certificate to renew: it must enrol with a code first. */
        record NotEnrolled() implements Outcome {
        }

        /** The backend refused: a wrong or used code, a revoked or expired certificate. */
        record Refused(ContractError code, String wireCode, String message) implements Outcome {
        }

        /** The backend could not be reached or did not answer as the contract says; try again. */
        record Unreachable(String reason) implements Outcome {
        }
    }

    /**
     * @param settings the kiosk's configuration: its id, the backend's URL (https) and trust store
     * @param key      the kiosk's identity key, open
     * @param clock    decides whether a renewal is due
     */
    public KioskEnrolment(KioskSettings settings, KioskIdentityKey key, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Enrols with {@code code}: sends a signing request for the identity key and keeps the
     * certificate the backend answers, replacing any earlier one.
     *
     * @throws IllegalStateException when the backend's URL is not https (the code would travel in clear)
     */
    public Outcome enrol(String code) {
        Objects.requireNonNull(code, "code");
        if (!"https".equals(settings.backend().url().getScheme())) {
            throw new IllegalStateException("the kiosk enrols only over https; the backend url is "
                    + settings.backend().url());
        }
        String kioskId = settings.identity().id();
        // no client certificate yet: only the backend is authenticated, by backend.trustStore
        BackendConnection connection = new BackendConnection(settings.backend().url(), kioskId,
                settings.backend().connectTimeout(), settings.timeouts().backendCall(),
                Optional.of(BackendTls.serverTrustOnly(settings.backend())));
        CallOutcome<KioskCertificate> answer = new ApprovalBackendClient(connection)
                .enrol(new Enrolment(kioskId, code.strip(), signingRequest()));
        return kept(answer, false);
    }

    /** Renews the certificate when it ends within {@link #RENEW_BEFORE}; see {@link #renew()}. */
    public Outcome renewIfDue() {
        Optional<Instant> end = certificateEnd();
        if (end.isEmpty()) {
            return new Outcome.NotEnrolled();
        }
        if (clock.instant().isBefore(end.get().minus(RENEW_BEFORE))) {
            return new Outcome.NotDue(end.get());
        }
        return renew();
    }

    /**
     * Asks for a new certificate with the current one. The backend revokes the old certificate
     * when the kiosk first calls with the new one; connections made afterwards present the new one.
     */
    public Outcome renew() {
        if (key.certificateChain().isEmpty()) {
            return new Outcome.NotEnrolled();
        }
        CallOutcome<KioskCertificate> answer = new ApprovalBackendClient(BackendConnection.from(settings,
                Optional.of(key))).renewCertificate(new CertificateRenewal(signingRequest()),
                "renew-" + UUID.randomUUID());
        return kept(answer, true);
    }

    /**
     * What a technician does for a kiosk standing next to its own reference backend (the demo, the
     * day, tests that compose the kiosk): unless the kiosk holds a certificate that backend
     * recognises, it enrols with a fresh code from that backend's operator.
     *
     * @param settings      the kiosk's configuration, its backend reached over https
     * @param dataDirectory the kiosk's data directory; the identity key is beside it
     * @param newCode       issues a one-time code for the kiosk, as {@code onetrip backend enrol-code} does
     * @param recognised    whether the backend takes a certificate as the kiosk's current one
     * @return {@link Outcome.Enrolled}, or {@link Outcome.NotDue} when the kiosk was enrolled already
     * @throws IllegalStateException when the backend refuses or cannot be reached
     */
    public static Outcome enrolUnlessRecognised(KioskSettings settings, Path dataDirectory, Supplier<String> newCode,
                                                Predicate<X509Certificate> recognised) {
        try (KioskIdentityKey identity = KioskIdentityKey.open(IdentityKeySettings.forKiosk(dataDirectory,
                System.getenv()))) {
            Optional<List<X509Certificate>> chain = identity.certificateChain();
            if (chain.isPresent() && recognised.test(chain.get().get(0))) {
                return new Outcome.NotDue(chain.get().get(0).getNotAfter().toInstant());
            }
            Outcome outcome = new KioskEnrolment(settings, identity, Clock.systemUTC()).enrol(newCode.get());
            if (!(outcome instanceof Outcome.Enrolled)) {
                throw new IllegalStateException("kiosk " + settings.identity().id() + " could not enrol with "
                        + settings.backend().url() + ": " + outcome);
            }
            return outcome;
        }
    }

    /** When the stored certificate ends; empty before enrolment. */
    public Optional<Instant> certificateEnd() {
        return key.certificateChain().map(chain -> chain.get(0).getNotAfter().toInstant());
    }

    private String signingRequest() {
        return key.certificateSigningRequest(new X500Principal("CN=" + settings.identity().id())).pem();
    }

    private Outcome kept(CallOutcome<KioskCertificate> answer, boolean renewal) {
        if (answer instanceof CallOutcome.Refused<KioskCertificate> refused) {
            log.warn("{} refused by the backend: {}", renewal ? "certificate renewal" : "enrolment", refused.wireCode());
            return new Outcome.Refused(refused.code(), refused.wireCode(), refused.message());
        }
        if (answer instanceof CallOutcome.Retryable<KioskCertificate> retry) {
            return new Outcome.Unreachable(retry.reason());
        }
        KioskCertificate certificate = answer.orElseThrow();
        try {
            key.storeCertificateChain(certificate.certificateChain());
        } catch (IllegalArgumentException e) {
            return new Outcome.Unreachable("the backend answered a certificate this kiosk cannot use: "
                    + e.getMessage());
        }
        List<X509Certificate> chain = key.certificateChain().orElseThrow();
        Instant validUntil = chain.get(0).getNotAfter().toInstant();
        log.info("kiosk {} {}; its certificate is valid until {}", settings.identity().id(),
                renewal ? "renewed its certificate" : "enrolled", validUntil);
        return new Outcome.Enrolled(settings.identity().id(), validUntil, renewal);
    }
}
