package org.onetrip.backend.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a commit records; the store assigns the sequence that numbers it. */
public record NewFiling(
        String submissionId,
        String applicantKey,
        List<String> matterCodes,
        String bundleCode,
        Instant committedAt,
        LocalDate promisedDate,
        LocalDate topUpDue) {
}
