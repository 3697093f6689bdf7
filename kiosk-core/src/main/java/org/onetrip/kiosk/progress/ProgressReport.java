package org.onetrip.kiosk.progress;

import java.util.List;
import java.util.Optional;

/**
 * A citizen's filings: those still at the kiosk first, then the approval system's, newest first.
 *
 * @param filings        what to show
 * @param backendProblem empty when the approval system answered; otherwise why not (the list then
 *                       holds only what the kiosk itself knows)
 */
public record ProgressReport(List<FilingProgress> filings, Optional<String> backendProblem) {

    public ProgressReport {
        filings = List.copyOf(filings);
    }

    public boolean complete() {
        return backendProblem.isEmpty();
    }
}
