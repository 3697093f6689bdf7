package org.onetrip.kiosk.shell;

/** How a citizen's session ended. */
public enum SessionEnding {
    /** The citizen tapped "finish". */
    FINISHED,
    /** Nobody touched the screen until the countdown ran out. */
    TIMED_OUT,
    /** The citizen's card left the reader and did not come back in time. */
    CARD_NOT_RETURNED,
    /** Another card was placed on the reader. */
    CARD_SWAPPED,
    /** The kiosk went out of service. */
    OUT_OF_SERVICE
}
