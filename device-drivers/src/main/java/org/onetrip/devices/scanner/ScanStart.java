package org.onetrip.devices.scanner;

import java.util.Objects;

/** What asking the scanner to start a job gave. */
public sealed interface ScanStart permits ScanStart.Started, ScanFailed {

    /** The scanner accepted the job; ask it for pages. */
    record Started(ScanJob job) implements ScanStart {
        public Started {
            Objects.requireNonNull(job, "job");
        }
    }
}
