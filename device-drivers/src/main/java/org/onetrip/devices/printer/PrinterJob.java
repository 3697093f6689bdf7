package org.onetrip.devices.printer;

import java.util.Objects;

/**
 * A job as the printer lists it.
 *
 * @param jobId the printer's job number
 * @param name  the job's name as the printer keeps it (printable, at most {@link org.onetrip.devices.DeviceText#MAX_LENGTH}
 *              characters)
 * @param state where the job is now
 */
public record PrinterJob(int jobId, String name, JobState state) {
    public PrinterJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
