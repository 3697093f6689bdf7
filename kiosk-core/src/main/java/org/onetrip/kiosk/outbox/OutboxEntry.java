package org.onetrip.kiosk.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One filing as the outbox shows it to the progress lookup and the technician: no unmasked
 * personal data.
 *
 * @param sequence          filing order at this kiosk, rising
 * @param submissionId      the package id and idempotency key
 * @param trackingNumber    printed on the receipt
 * @param state             where it stands
 * @param matterCodes       the matters filed
 * @param bundleCode        the bundle filed, if any
 * @param maskedName        e.g. 张*
 * @param maskedIdNumber    e.g. 1101**********1239
 * @param packageBytes      manifest and files, before encryption
 * @param filedAt           committed at the kiosk
 * @param attempts          failed delivery attempts so far
 * @param lastError         why the last attempt failed, if one did
 * @param acceptanceNumber  the backend's number, once acknowledged
 * @param promisedDate      the backend's promised decision date, once acknowledged
 * @param rejectionCode     the backend's reason, once rejected (e.g. {@code ID_CARD_EXPIRED})
 * @param rejectionMessage  the backend's words, once rejected
 * @param finishedAt        when it was acknowledged or rejected
 */
public record OutboxEntry(long sequence, String submissionId, String trackingNumber, OutboxState state,
                          List<String> matterCodes, Optional<String> bundleCode, String maskedName,
                          String maskedIdNumber, long packageBytes, Instant filedAt, int attempts,
                          Optional<String> lastError, Optional<String> acceptanceNumber,
                          Optional<LocalDate> promisedDate, Optional<String> rejectionCode,
                          Optional<String> rejectionMessage, Optional<Instant> finishedAt) {

    public OutboxEntry {
        matterCodes = List.copyOf(matterCodes);
    }
}
