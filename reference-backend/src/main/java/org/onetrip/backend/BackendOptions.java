package org.onetrip.backend;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.onetrip.backend.certificate.CertificateType;
import org.onetrip.backend.http.OperatorToken;
import org.onetrip.backend.http.RequestLimits;
import org.onetrip.backend.quota.Quotas;
import org.onetrip.backend.submission.ReviewTimeline;

/**
 * How a {@link ReferenceBackend} behaves. Every option has its default in {@link #defaults()}.
 *
 * @param clock               drives acceptance dates, review progress and every timestamp
 * @param bindAddress         where to listen; loopback by default
 * @param zone                the approval system's local time zone (acceptance numbers, promised dates)
 * @param acceptancePrefix    first letters of every acceptance number, e.g. {@code SZ}
 * @param pdfCertificateTypes certificate types issued as signed PDFs; the others are issued as data
 * @param review              how filings move through review over time
 * @param catalogVersion      the service catalog version the backend publishes
 * @param catalogPublishedAt  when that version was published
 * @param heartbeatInterval   what the backend asks as the interval between heartbeats
 * @param faultSeed           seed of the dice that decide injected faults
 * @param limits              what one client may send: time-outs, sizes, connections, JSON limits
 * @param operatorToken       the token the administration endpoints require; {@code null} (the
 *                            default) means the one kept in the data directory, created on first start
 * @param kioskAuthentication how a call proves which kiosk it comes from: {@link
 *                            KioskAuthentication#MUTUAL_TLS} (the default, and the only setting for
 *                            {@code ./onetrip backend}, the demo and the day), or the open test
 *                            double of {@link #openTestDouble()}
 * @param quotas              how many citizen-data calls a kiosk and an ID number may make, and how
 *                            many wrong enrolment codes an address may try
 */
public record BackendOptions(
        Clock clock,
        InetAddress bindAddress,
        ZoneId zone,
        String acceptancePrefix,
        Set<CertificateType> pdfCertificateTypes,
        ReviewTimeline review,
        String catalogVersion,
        Instant catalogPublishedAt,
        Duration heartbeatInterval,
        long faultSeed,
        RequestLimits limits,
        String operatorToken,
        KioskAuthentication kioskAuthentication,
        Quotas quotas) {

    /** How a call proves which kiosk it comes from. */
    public enum KioskAuthentication {
        /**
         * HTTPS only, and every contract call but the enrolment needs the current client
         * certificate of an enrolled kiosk; {@code X-Kiosk-Id}, when sent, must name the same kiosk.
         */
        MUTUAL_TLS,
        /**
         * A test double's setting, for component tests of the kiosk's delivery logic: plain HTTP on
         * loopback, no certificates, and the kiosk is whoever {@code X-Kiosk-Id} names. Never for a
         * backend a kiosk reaches over a network, nor for the demo, the day or {@code ./onetrip backend}.
         */
        OPEN_TEST_DOUBLE
    }

    public BackendOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(catalogPublishedAt, "catalogPublishedAt");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(kioskAuthentication, "kioskAuthentication");
        Objects.requireNonNull(quotas, "quotas");
        if (acceptancePrefix == null || !acceptancePrefix.matches("[A-Z]{1,4}")) {
            throw new IllegalArgumentException("acceptancePrefix must be 1..4 capital letters, was " + acceptancePrefix);
        }
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeatInterval must be positive, was " + heartbeatInterval);
        }
        if (operatorToken != null) {
            OperatorToken.of(operatorToken);
        }
        pdfCertificateTypes = pdfCertificateTypes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(pdfCertificateTypes));
    }

    /**
     * System clock, loopback, Asia/Shanghai, prefix SZ, the no-criminal-record proof as PDF,
     * {@link RequestLimits#defaults()}, the operator token of the data directory, mutual TLS with
     * kiosk certificates, {@link Quotas#defaults()}.
     */
    public static BackendOptions defaults() {
        return new BackendOptions(Clock.systemUTC(), InetAddress.getLoopbackAddress(), ZoneId.of("Asia/Shanghai"),
                "SZ", Set.of(CertificateType.NO_CRIMINAL_RECORD), ReviewTimeline.standard(), "2026.11.1",
                Instant.parse("2026-11-01T00:00:00Z"), Duration.ofMinutes(1), 20261121L, RequestLimits.defaults(),
                null, KioskAuthentication.MUTUAL_TLS, Quotas.defaults());
    }

    /**
     * {@link #defaults()} as an open test double ({@link KioskAuthentication#OPEN_TEST_DOUBLE}): plain
     * HTTP, no kiosk certificates, {@code X-Kiosk-Id} taken on trust. Only for component tests of
     * kiosk code that does not deal with credentials.
     */
    public static BackendOptions openTestDouble() {
        return defaults().withKioskAuthentication(KioskAuthentication.OPEN_TEST_DOUBLE);
    }

    public BackendOptions withClock(Clock newClock) {
        return new BackendOptions(newClock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits,
                operatorToken, kioskAuthentication, quotas);
    }

    public BackendOptions withPdfCertificateTypes(Set<CertificateType> types) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, types, review, catalogVersion,
                catalogPublishedAt, heartbeatInterval, faultSeed, limits,
                operatorToken, kioskAuthentication, quotas);
    }

    public BackendOptions withBindAddress(InetAddress address) {
        return new BackendOptions(clock, address, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits,
                operatorToken, kioskAuthentication, quotas);
    }

    public BackendOptions withLimits(RequestLimits newLimits) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, newLimits,
                operatorToken, kioskAuthentication, quotas);
    }

    /** Uses {@code token} instead of the data directory's (at least 16 characters). */
    public BackendOptions withOperatorToken(String token) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits,
                token, kioskAuthentication, quotas);
    }

    public BackendOptions withKioskAuthentication(KioskAuthentication authentication) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits, operatorToken, authentication,
                quotas);
    }

    public BackendOptions withQuotas(Quotas newQuotas) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits, operatorToken,
                kioskAuthentication, newQuotas);
    }
}
