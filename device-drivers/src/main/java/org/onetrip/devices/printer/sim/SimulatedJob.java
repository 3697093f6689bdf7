package org.onetrip.devices.printer.sim;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.devices.printer.JobState;

/**
 * A job as the printer simulator holds it, at one moment.
 *
 * @param jobId   the simulator's job number, from 1 (or after the highest number already in the output directory)
 * @param jobName the job-name the client sent
 * @param state   where the job is
 * @param pages   pages of the document (1 when the simulator cannot count them)
 * @param printed the saved copy of the document, once the job completed and an output directory is set
 */
public record SimulatedJob(int jobId, String jobName, JobState state, int pages, Optional<Path> printed) {
    public SimulatedJob {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(printed, "printed");
    }
}
