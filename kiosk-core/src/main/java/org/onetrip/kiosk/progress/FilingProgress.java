package org.onetrip.kiosk.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One filing on the "check my progress" screen.
 *
 * @param trackingNumber   the kiosk's receipt number, when it was filed at this kiosk
 * @param acceptanceNumber the approval system's number, once it has one
 * @param matterCodes      the matters filed
 * @param bundleCode       the bundle filed, if any
 * @param stage            where it stands
 * @param reason           why, for NEED_MORE_MATERIALS, REJECTED and NOT_ACCEPTED
 * @param promisedDate     the promised decision date, once known
 * @param since            when it entered this stage (or was filed, while being sent)
 */
public record FilingProgress(Optional<String> trackingNumber, Optional<String> acceptanceNumber,
                             List<String> matterCodes, Optional<String> bundleCode, ProgressStage stage,
                             Optional<String> reason, Optional<LocalDate> promisedDate, Instant since) {

    public FilingProgress {
        matterCodes = List.copyOf(matterCodes);
    }

    /**
     * The number to show first: the one on the citizen's receipt, so they can match the two; the
     * approval system's own number only for a filing whose receipt number is not known here.
     */
    public String displayNumber() {
        return trackingNumber.or(() -> acceptanceNumber).orElse("");
    }

    /** The approval system's number, to show beside the receipt's, labelled, once it differs. */
    public Optional<String> otherNumber() {
        return trackingNumber.isPresent() ? acceptanceNumber.filter(number -> !number.equals(trackingNumber.get()))
                : Optional.empty();
    }
}
