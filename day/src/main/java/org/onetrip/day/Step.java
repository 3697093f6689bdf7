package org.onetrip.day;

/** One kind of thing a citizen (or the hall) does at the kiosk; the checks run after each. */
interface Step {

    /** A short name for the report, e.g. {@code file-application}. */
    String name();

    /**
     * Does it on the live kiosk, choosing with the turn's random.
     *
     * @throws Stuck when the kiosk never showed what the step waited for
     */
    void take(Turn turn) throws Stuck;
}
