package org.onetrip.kiosk.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
 * @param finishedAt        when it was acknowledged, rejected or set aside
 * @param tries             when it was tried, and what counts against it
 * @param setAside          why and whether it was exported, while it is set aside
 */
public record OutboxEntry(long sequence, String submissionId, String trackingNumber, OutboxState state,
                          List<String> matterCodes, Optional<String> bundleCode, String maskedName,
                          String maskedIdNumber, long packageBytes, Instant filedAt, int attempts,
                          Optional<String> lastError, Optional<String> acceptanceNumber,
                          Optional<LocalDate> promisedDate, Optional<String> rejectionCode,
                          Optional<String> rejectionMessage, Optional<Instant> finishedAt, Tries tries,
                          Optional<SetAside> setAside) {

    public OutboxEntry {
        matterCodes = List.copyOf(matterCodes);
        Objects.requireNonNull(tries, "tries");
        Objects.requireNonNull(setAside, "setAside");
    }

    /**
     * When delivery was tried, and the failures that count toward setting the filing aside.
     *
     * @param first       the first attempt began
     * @param last        the latest attempt began
     * @param strikes     failed attempts while the backend answered, since the last outage or retry
     * @param refusals    of those, the ones refused with a 4xx other than 408, 409 and 429
     * @param struckSince the first of those strikes
     */
    public record Tries(Optional<Instant> first, Optional<Instant> last, int strikes, int refusals,
                        Optional<Instant> struckSince) {

        /** Never tried. */
        public static final Tries NONE = new Tries(Optional.empty(), Optional.empty(), 0, 0, Optional.empty());

        public Tries {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(struckSince, "struckSince");
            if (strikes < 0 || refusals < 0 || refusals > strikes) {
                throw new IllegalArgumentException("0 <= refusals <= strikes, got " + refusals + " of " + strikes);
            }
        }
    }

    /**
     * A filing set aside for the technician.
     *
     * @param cause      why
     * @param exportedAt when it was last exported for the hall to carry to the backend, if it was
     */
    public record SetAside(SetAsideCause cause, Optional<Instant> exportedAt) {
        public SetAside {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(exportedAt, "exportedAt");
        }
    }
}
