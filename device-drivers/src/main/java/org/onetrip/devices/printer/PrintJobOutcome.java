package org.onetrip.devices.printer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.onetrip.devices.status.DeviceReason;

/**
 * How a print ended. Only {@link Completed} means the printer reported the job as printed; a
 * certificate counts as issued only then.
 */
public sealed interface PrintJobOutcome {

    /** Whether the printer confirmed that the document was printed. */
    default boolean printed() {
        return this instanceof Completed;
    }

    /**
     * The printer reported the job completed.
     *
     * @param jobId the printer's job number
     * @param pages impressions the printer counted, when it reports them
     */
    record Completed(int jobId, OptionalInt pages) implements PrintJobOutcome {
        public Completed {
            Objects.requireNonNull(pages, "pages");
        }
    }

    /**
     * Nothing (more) will print.
     *
     * @param reason         what the citizen is told
     * @param printerReasons what the printer reported about itself at that moment
     * @param jobId          the printer's job number, when the job had been accepted
     * @param jobState       the job's last state, when the job had been accepted
     * @param detail         for technicians: status codes, state keywords; never personal data
     */
    record Failed(PrintFailure reason, Set<DeviceReason> printerReasons, OptionalInt jobId, Optional<JobState> jobState,
                  String detail) implements PrintJobOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            printerReasons = Set.copyOf(printerReasons);
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(jobState, "jobState");
            Objects.requireNonNull(detail, "detail");
        }

        /** Refused before a job was created. */
        public static Failed refused(PrintFailure reason, Set<DeviceReason> printerReasons, String detail) {
            return new Failed(reason, printerReasons, OptionalInt.empty(), Optional.empty(), detail);
        }
    }

    /**
     * The job did not finish before the deadline. When the printer had accepted the job it was
     * asked to cancel it, so that it does not print unattended later.
     *
     * @param jobId          the printer's job number, when the job had been accepted
     * @param lastState      the job's last known state
     * @param printerReasons what the printer reported about itself at the end
     * @param cancelled      whether the printer confirmed the cancel request
     * @param detail         for technicians
     */
    record TimedOut(OptionalInt jobId, Optional<JobState> lastState, Set<DeviceReason> printerReasons, boolean cancelled,
                    String detail) implements PrintJobOutcome {
        public TimedOut {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(lastState, "lastState");
            printerReasons = Set.copyOf(printerReasons);
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The print service took the document but cannot tell whether it printed (some operating
     * system print services report no job completion). Treat as not issued until someone checks.
     */
    record Unconfirmed(String detail) implements PrintJobOutcome {
        public Unconfirmed {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
