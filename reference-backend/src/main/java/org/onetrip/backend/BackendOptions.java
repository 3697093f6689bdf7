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
        String operatorToken) {

    public BackendOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(catalogPublishedAt, "catalogPublishedAt");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(limits, "limits");
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
     * {@link RequestLimits#defaults()}, the operator token of the data directory.
     */
    public static BackendOptions defaults() {
        return new BackendOptions(Clock.systemUTC(), InetAddress.getLoopbackAddress(), ZoneId.of("Asia/Shanghai"),
                "SZ", Set.of(CertificateType.NO_CRIMINAL_RECORD), ReviewTimeline.standard(), "2026.11.1",
                Instant.parse("2026-11-01T00:00:00Z"), Duration.ofMinutes(1), 20261121L, RequestLimits.defaults(),
                null);
    }

    public BackendOptions withClock(Clock newClock) {
        return new BackendOptions(newClock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits, operatorToken);
    }

    public BackendOptions withPdfCertificateTypes(Set<CertificateType> types) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, types, review, catalogVersion,
                catalogPublishedAt, heartbeatInterval, faultSeed, limits, operatorToken);
    }

    public BackendOptions withBindAddress(InetAddress address) {
        return new BackendOptions(clock, address, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits, operatorToken);
    }

    public BackendOptions withLimits(RequestLimits newLimits) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, newLimits, operatorToken);
    }

    /** Uses {@code token} instead of the data directory's (at least 16 characters). */
    public BackendOptions withOperatorToken(String token) {
        return new BackendOptions(clock, bindAddress, zone, acceptancePrefix, pdfCertificateTypes, review,
                catalogVersion, catalogPublishedAt, heartbeatInterval, faultSeed, limits, token);
    }
}
