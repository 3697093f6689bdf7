package org.onetrip.kiosk.maintenance;

import java.time.Instant;
import java.util.Objects;

/**
 * A touch on the screen, in fractions of the screen so that the gesture does not depend on
 * the resolution.
 *
 * @param x  0 (left edge) to 1 (right edge)
 * @param y  0 (top edge) to 1 (bottom edge)
 * @param at when the touch happened
 */
public record ScreenTap(double x, double y, Instant at) {
    public ScreenTap {
        Objects.requireNonNull(at, "at");
        if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("a tap is given in fractions of the screen, 0 to 1; got (" + x + ", " + y + ")");
        }
    }
}
