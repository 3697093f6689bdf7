package org.onetrip.devices.printer;

import java.util.Objects;

/**
 * A print job moved to a new state; sent so a screen can show "waiting", "printing", "done".
 *
 * @param jobId the printer's job number
 * @param state the state the printer reports now
 */
public record JobProgress(int jobId, JobState state) {
    public JobProgress {
        Objects.requireNonNull(state, "state");
    }
}
