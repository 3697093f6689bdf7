package org.onetrip.backend.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a commit records; the store assigns the sequence that numbers it.
 *
 * @param trackingNumber the kiosk's number for the filing, printed on the citizen's receipt; {@code null}
 *                       from a kiosk that does not send one
 */
public record NewFiling(
        String submissionId,
        String applicantKey,
        List<String> matterCodes,
        String bundleCode,
        Instant committedAt,
        LocalDate promisedDate,
        LocalDate topUpDue,
        String trackingNumber) {
}
