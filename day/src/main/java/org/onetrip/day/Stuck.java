package org.onetrip.day;

/** A wait that ran out: the kiosk never showed what the day waited for. Reported as a violation. */
public final class Stuck extends Exception {

    private static final long serialVersionUID = 1L;

    Stuck(String waitedFor) {
        super("stuck: waited for " + waitedFor);
    }
}
