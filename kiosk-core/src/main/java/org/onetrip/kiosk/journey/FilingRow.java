package org.onetrip.kiosk.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.LocalizedText;
import org.onetrip.kiosk.progress.ProgressStage;

/**
 * One of the citizen's filings as the progress screen lists it.
 *
 * @param number what the citizen knows it by: the tracking number on their receipt, else the approval
 *     system's number
 * @param acceptanceNumber the approval system's own number beside it, once it has one that differs
 * @param what the bundle or the matters filed, by name
 * @param stage where it stands
 * @param reason the approval system's reason, for a filing needing more or refused
 * @param promisedDate the promised decision date, once known
 * @param since when it entered this stage
 */
public record FilingRow(String number, Optional<String> acceptanceNumber, List<LocalizedText> what, ProgressStage stage, Optional<String> reason,
        Optional<LocalDate> promisedDate, Instant since) {

    public FilingRow {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(acceptanceNumber, "acceptanceNumber");
        what = List.copyOf(what);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(promisedDate, "promisedDate");
        Objects.requireNonNull(since, "since");
    }
}
