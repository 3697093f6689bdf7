package org.onetrip.backend.submission;

import java.util.List;

/** A submission as the contract shows it (schema {@code Submission}). */
public record SubmissionView(
        String submissionId,
        String kioskId,
        String state,
        String manifestSha256,
        String createdAt,
        List<String> expectedFiles,
        List<FileView> receivedFiles,
        List<String> missingFiles,
        String acceptanceNumber,
        String promisedDate,
        String rejectionReason) {

    /** A received file (schema {@code ReceivedFile}). */
    public record FileView(String fileName, String sha256, long size, String receivedAt) {
    }
}
