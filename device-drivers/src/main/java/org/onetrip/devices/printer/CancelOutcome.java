package org.onetrip.devices.printer;

import java.util.Objects;

/** How a request to cancel a job ended. */
public sealed interface CancelOutcome {

    /** The printer accepted the cancel: the job will not print (more); it ends cancelled once the printer stops it. */
    record Cancelled(int jobId) implements CancelOutcome {
    }

    /** Nothing to cancel: the job had already ended (completed, cancelled or aborted), or the printer no longer knows it. */
    record AlreadyEnded(int jobId, String detail) implements CancelOutcome {
        public AlreadyEnded {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The printer answered but would not cancel it (forbidden, not supported): the job may still print. */
    record Refused(int jobId, String detail) implements CancelOutcome {
        public Refused {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** No answer within the request time-out, or no connection: the job may still print; ask again later. */
    record Unreachable(int jobId, String detail) implements CancelOutcome {
        public Unreachable {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
