package org.onetrip.devices.printer.ipp;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.onetrip.devices.printer.JobState;

/**
 * The job part of a Print-Job or Get-Job-Attributes response.
 *
 * @param jobId                job-id
 * @param state                job-state (3 pending ... 9 completed)
 * @param reasons              job-state-reasons as sent, {@code none} left out
 * @param impressionsCompleted job-impressions-completed, when sent and positive
 */
public record IppJobAttributes(int jobId, JobState state, List<String> reasons, OptionalInt impressionsCompleted) {
    /** What a job poll asks for. */
    public static final String[] REQUESTED = {"job-id", "job-state", "job-state-reasons", "job-impressions-completed"};

    public IppJobAttributes {
        reasons = List.copyOf(reasons);
    }

    /** Reads the job group; empty when the response has no job-id or no valid job-state. */
    public static Optional<IppJobAttributes> from(IppMessage response) {
        Optional<Integer> jobId = response.attribute(IppGroupTag.JOB, "job-id").flatMap(IppAttribute::firstInt);
        Optional<JobState> state = response.attribute(IppGroupTag.JOB, "job-state").flatMap(IppAttribute::firstInt)
                .flatMap(IppJobAttributes::jobState);
        if (jobId.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        List<String> reasons = response.attribute(IppGroupTag.JOB, "job-state-reasons").map(IppAttribute::strings)
                .orElse(List.of()).stream().filter(r -> !r.equals("none")).toList();
        OptionalInt impressions = response.attribute(IppGroupTag.JOB, "job-impressions-completed")
                .flatMap(IppAttribute::firstInt).filter(n -> n > 0).map(OptionalInt::of).orElse(OptionalInt.empty());
        return Optional.of(new IppJobAttributes(jobId.get(), state.get(), reasons, impressions));
    }

    public static Optional<JobState> jobState(int code) {
        return Optional.ofNullable(switch (code) {
            case 3 -> JobState.PENDING;
            case 4 -> JobState.HELD;
            case 5 -> JobState.PROCESSING;
            case 6 -> JobState.PROCESSING_STOPPED;
            case 7 -> JobState.CANCELED;
            case 8 -> JobState.ABORTED;
            case 9 -> JobState.COMPLETED;
            default -> null;
        });
    }

    /** The IPP enum value of a job state. */
    public static int code(JobState state) {
        return switch (state) {
            case PENDING -> 3;
            case HELD -> 4;
            case PROCESSING -> 5;
            case PROCESSING_STOPPED -> 6;
            case CANCELED -> 7;
            case ABORTED -> 8;
            case COMPLETED -> 9;
        };
    }
}
