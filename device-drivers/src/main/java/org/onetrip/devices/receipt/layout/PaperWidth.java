package org.onetrip.devices.receipt.layout;

/**
 * The roll widths the kiosk supports, with what fits across them at 203 dpi (8 dots/mm)
 * in the printer's font A (12 x 24 dots, Chinese 24 x 24).
 */
public enum PaperWidth {
    MM58(58, 32, 384),
    MM80(80, 48, 576);

    private final int millimetres;
    private final int columns;
    private final int dots;

    PaperWidth(int millimetres, int columns, int dots) {
        this.millimetres = millimetres;
        this.columns = columns;
        this.dots = dots;
    }

    public int millimetres() {
        return millimetres;
    }

    /** Half-width character cells across the printable width at normal size. */
    public int columns() {
        return columns;
    }

    /** Printable dots across (the raster width of an image, the width of a rendered receipt). */
    public int dots() {
        return dots;
    }

    /** Dots per half-width character cell. */
    public int dotsPerColumn() {
        return dots / columns;
    }

    /** Parses {@code 58} or {@code 80}. */
    public static PaperWidth ofMillimetres(int mm) {
        for (PaperWidth width : values()) {
            if (width.millimetres == mm) {
                return width;
            }
        }
        throw new IllegalArgumentException("paper width must be 58 or 80 mm, was " + mm);
    }
}
