package org.onetrip.devices.printer;

/** Where a print job is, as the printer reports it. */
public enum JobState {
    /** Queued, not started. */
    PENDING,
    /** Held by the printer until released. */
    HELD,
    /** Being printed. */
    PROCESSING,
    /** Started, then stopped by the printer (paper out, jam, door open); it resumes when fixed. */
    PROCESSING_STOPPED,
    /** Cancelled by a user or an operator: nothing more will print. */
    CANCELED,
    /** Stopped by the printer because of an error: nothing more will print. */
    ABORTED,
    /** Printed. */
    COMPLETED;

    /** Whether the job can no longer change. */
    public boolean isFinal() {
        return this == CANCELED || this == ABORTED || this == COMPLETED;
    }
}
