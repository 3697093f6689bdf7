package org.onetrip.kiosk.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Recognises the hidden gesture that opens the maintenance PIN prompt: a number of taps in the
 * top-left corner within a short time (by default 5 taps within 3 s in the top-left 10 % of
 * width and height). A tap anywhere else starts over, so a citizen tapping around the screen
 * does not get there by chance. A pure state machine on the taps it is given; not thread-safe
 * (the screen's thread feeds it).
 *
 * @see #standard()
 */
public final class SecretGesture {
    private final int taps;
    private final Duration within;
    private final double corner;
    private final Deque<Instant> recent = new ArrayDeque<>();

    /**
     * @param taps   taps needed, 2 to 20
     * @param within the longest time from the first to the last of them
     * @param corner the corner's size as a fraction of the screen's width and height, more than 0, at most 0.5
     */
    public SecretGesture(int taps, Duration within, double corner) {
        if (taps < 2 || taps > 20) {
            throw new IllegalArgumentException("taps must be 2 to 20, got " + taps);
        }
        Objects.requireNonNull(within, "within");
        if (within.isZero() || within.isNegative()) {
            throw new IllegalArgumentException("within must be positive, got " + within);
        }
        if (!(corner > 0 && corner <= 0.5)) {
            throw new IllegalArgumentException("corner must be more than 0 and at most 0.5, got " + corner);
        }
        this.taps = taps;
        this.within = within;
        this.corner = corner;
    }

    /** Five taps within three seconds in the top-left tenth of the screen. */
    public static SecretGesture standard() {
        return new SecretGesture(5, Duration.ofSeconds(3), 0.1);
    }

    /** Takes one tap; true when it completes the gesture (which then starts over). */
    public boolean tap(ScreenTap tap) {
        if (tap.x() > corner || tap.y() > corner) {
            recent.clear();
            return false;
        }
        recent.addLast(tap.at());
        while (Duration.between(recent.peekFirst(), tap.at()).compareTo(within) > 0) {
            recent.removeFirst();
        }
        if (recent.size() >= taps) {
            recent.clear();
            return true;
        }
        return false;
    }
}
