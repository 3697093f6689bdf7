package org.onetrip.devices.scanner;

import java.util.Objects;

/** What asking a job for its next page gave. */
public sealed interface ScanStep permits ScanStep.Page, ScanStep.Finished, ScanFailed {

    /** One more page, on disk. */
    record Page(ScannedPage page) implements ScanStep {
        public Page {
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * The job has no more pages: the feeder ran empty, or the platen's one page was taken.
     *
     * @param pages how many pages the job delivered in all
     */
    record Finished(int pages) implements ScanStep {
    }
}
