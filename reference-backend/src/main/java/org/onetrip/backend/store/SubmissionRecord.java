package org.onetrip.backend.store;

import java.time.Instant;

/**
 * A stored submission.
 *
 * @param envelope the signed manifest envelope exactly as received
 */
public record SubmissionRecord(
        String submissionId,
        String kioskId,
        String manifestSha256,
        byte[] envelope,
        Instant createdAt,
        SubmissionState state,
        String rejectionReason) {
}
