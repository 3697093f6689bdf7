package org.onetrip.kiosk.observable;

/** A registered listener that can be removed again. */
@FunctionalInterface
public interface Subscription {

    /** Stops further notifications; calling it twice is harmless. */
    void cancel();
}
