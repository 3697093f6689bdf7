package org.onetrip.kiosk.progress;

/** Where one of a citizen's filings stands, as the "check my progress" screen words it. */
public enum ProgressStage {
    /** Received by the kiosk and being sent to the approval system. */
    SENDING,
    /** Handed to the approval system; its review state cannot be read just now. */
    HANDED_OVER,
    /** The approval system refused to take it when it was handed over (e.g. an expired ID card). */
    NOT_ACCEPTED,
    RECEIVED,
    UNDER_REVIEW,
    NEED_MORE_MATERIALS,
    APPROVED,
    REJECTED,
    COMPLETED;

    /** The backend's {@code FilingState}, or {@link #RECEIVED} for one this kiosk does not know. */
    static ProgressStage fromBackend(String state) {
        for (ProgressStage stage : values()) {
            if (stage.name().equals(state) && stage.ordinal() >= RECEIVED.ordinal()) {
                return stage;
            }
        }
        return RECEIVED;
    }
}
