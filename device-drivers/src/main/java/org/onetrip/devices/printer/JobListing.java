package org.onetrip.devices.printer;

import java.util.List;
import java.util.Objects;

/** What the printer answered when asked for the driver's own jobs. */
public sealed interface JobListing {

    /**
     * The printer listed them.
     *
     * @param jobs the jobs submitted under the driver's user name, oldest first
     */
    record Listed(List<PrinterJob> jobs) implements JobListing {
        public Listed {
            jobs = List.copyOf(jobs);
        }
    }

    /**
     * No answer (connection refused or dropped, no answer within the request time-out): asking
     * again later may work.
     */
    record Unreachable(String detail) implements JobListing {
        public Unreachable {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The printer answered but lists no jobs (it does not support the request), or the driver
     * cannot ask: asking again will not change that.
     */
    record NotListed(String detail) implements JobListing {
        public NotListed {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
