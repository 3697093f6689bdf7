package org.onetrip.devices.scanner.image;

import java.util.Objects;

/**
 * What a page file says about itself, read without decoding its pixels.
 *
 * @param format      e.g. {@code JPEG}, {@code PNG}
 * @param widthPx     pixels across
 * @param heightPx    pixels down
 * @param dpi         dots per inch across as the file states it, or as assumed when {@code dpiAssumed}
 * @param dpiAssumed  the file states no resolution (document cameras often do not); {@code dpi} was
 *                    estimated from the pixel size, taking the page for A4
 * @param progressive a progressive JPEG
 */
public record ImageFacts(String format, int widthPx, int heightPx, int dpi, boolean dpiAssumed, boolean progressive) {
    public ImageFacts {
        Objects.requireNonNull(format, "format");
        if (widthPx < 1 || heightPx < 1 || dpi < 1) {
            throw new IllegalArgumentException("an image has a size and a resolution, got " + widthPx + "x" + heightPx
                    + " at " + dpi + " dpi");
        }
    }

    /** Physical width in millimetres at the stated (or assumed) resolution. */
    public double widthMm() {
        return widthPx * 25.4 / dpi;
    }

    /** Physical height in millimetres at the stated (or assumed) resolution. */
    public double heightMm() {
        return heightPx * 25.4 / dpi;
    }
}
