package org.onetrip.backend.submission;

/** Where a committed application stands in review, as the kiosk shows it to the citizen. */
public enum FilingState {
    RECEIVED,
    UNDER_REVIEW,
    NEED_MORE_MATERIALS,
    APPROVED,
    REJECTED,
    COMPLETED
}
