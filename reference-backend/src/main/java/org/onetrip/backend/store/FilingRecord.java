package org.onetrip.backend.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A committed application.
 *
 * @param topUpDue the date by which promised materials must arrive; {@code null} when none were promised
 * @param trackingNumber the kiosk's number on the citizen's receipt; {@code null} when the kiosk sent none
 */
public record FilingRecord(
        long sequence,
        String acceptanceNumber,
        String submissionId,
        List<String> matterCodes,
        String bundleCode,
        Instant committedAt,
        LocalDate promisedDate,
        LocalDate topUpDue,
        String trackingNumber) {
}
