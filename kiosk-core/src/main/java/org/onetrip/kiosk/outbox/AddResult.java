package org.onetrip.kiosk.outbox;

/** What {@link Outbox#add} came to. */
public sealed interface AddResult {

    /** Committed durably; the receipt may print. */
    record Added(String trackingNumber, long sequence) implements AddResult {
    }

    /** Not committed: the disk cannot hold the package and the reserve. Nothing was written. */
    record NoSpace(long neededBytes, long usableBytes) implements AddResult {
    }

    /** Not committed: no pinned sealing key of the approval system is known yet. Nothing was written. */
    record NoSealingKey() implements AddResult {
    }
}
