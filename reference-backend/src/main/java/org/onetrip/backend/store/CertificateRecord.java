package org.onetrip.backend.store;

import java.time.Instant;

/** An issued certificate and what became of its printing. */
public record CertificateRecord(
        String verificationCode,
        String type,
        String kind,
        String kioskId,
        Instant issuedAt,
        CertificateState state,
        Instant printedAt,
        String failureReason) {
}
