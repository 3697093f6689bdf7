package org.onetrip.bench;

/**
 * One measured figure: a value with its unit, and a note on how it was measured
 * (sample count, error, the ratio it is compared with).
 */
public record Figure(String name, double value, String unit, String note) {

    public Figure {
        if (name == null || name.isBlank() || unit == null) {
            throw new IllegalArgumentException("a figure needs a name and a unit");
        }
        note = note == null ? "" : note;
    }
}
