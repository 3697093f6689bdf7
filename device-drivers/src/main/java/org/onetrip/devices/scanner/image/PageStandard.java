package org.onetrip.devices.scanner.image;

/**
 * The form every accepted page is kept in.
 *
 * @param dpi         pages scanned finer are scaled down to this; coarser ones keep their own, 75 to 600
 * @param jpegQuality 0.1 to 1.0; 0.75 keeps 10-point text and stamps crisp at a third of the size of 0.95
 */
public record PageStandard(int dpi, float jpegQuality) {
    public static final int MIN_DPI = 75;
    public static final int MAX_DPI = 600;

    public PageStandard {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("standard resolution must be " + MIN_DPI + " to " + MAX_DPI + " dpi, was " + dpi);
        }
        if (jpegQuality < 0.1f || jpegQuality > 1.0f) {
            throw new IllegalArgumentException("JPEG quality must be 0.1 to 1.0, was " + jpegQuality);
        }
    }

    /** 300 dpi at quality 0.75. */
    public static PageStandard defaults() {
        return new PageStandard(300, 0.75f);
    }
}
