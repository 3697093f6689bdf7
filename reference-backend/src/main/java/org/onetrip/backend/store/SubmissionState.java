package org.onetrip.backend.store;

/** Where a submission stands on the way in, before review. */
public enum SubmissionState {
    /** Manifest accepted; files may still be missing. */
    OPEN,
    /** Committed: a filing with an acceptance number exists. */
    COMMITTED,
    /** Refused at commit; see the rejection reason. */
    REJECTED
}
