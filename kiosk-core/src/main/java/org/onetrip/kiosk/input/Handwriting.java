package org.onetrip.kiosk.input;

import java.util.List;

/**
 * Strokes written on a square pad, as the recogniser reads them.
 *
 * @param size the side of the pad, in the units of the points
 * @param strokes the strokes in the order written, each the points the finger passed
 */
public record Handwriting(int size, List<Stroke> strokes) {

    public Handwriting {
        if (size <= 0) {
            throw new IllegalArgumentException("a writing pad has a positive size, not " + size);
        }
        strokes = List.copyOf(strokes);
    }

    /** One stroke: the finger down, moving, up. */
    public record Stroke(List<Point> points) {
        public Stroke {
            points = List.copyOf(points);
        }
    }

    /** A point on the pad, from its top left corner. */
    public record Point(double x, double y) {
    }
}
