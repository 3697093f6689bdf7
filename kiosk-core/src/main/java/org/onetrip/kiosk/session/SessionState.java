package org.onetrip.kiosk.session;

/** Whether a citizen is using the kiosk, and whether that use is about to time out. */
public sealed interface SessionState {

    SessionState NONE = new NoSession();
    SessionState IN_USE = new InUse();

    /** Nobody is using the kiosk: the attract screen (or out-of-service screen) shows. */
    record NoSession() implements SessionState {
    }

    /** A citizen is using the kiosk. */
    record InUse() implements SessionState {
    }

    /**
     * The citizen has not touched the screen for a while; the session ends when the count
     * reaches zero unless they touch it.
     *
     * @param secondsLeft whole seconds left, rounded up; at least 1
     */
    record EndingSoon(int secondsLeft) implements SessionState {
        public EndingSoon {
            if (secondsLeft < 1) {
                throw new IllegalArgumentException("secondsLeft must be at least 1, was " + secondsLeft);
            }
        }
    }
}
