package org.onetrip.devices.scanner.image;

import java.util.Objects;

/**
 * A small PNG of a page for the screen.
 *
 * @param png    the PNG bytes; not copied, do not change them
 * @param width  pixels across
 * @param height pixels down
 */
public record Thumbnail(byte[] png, int width, int height) {
    public Thumbnail {
        Objects.requireNonNull(png, "png");
    }

    @Override
    public String toString() {
        return "Thumbnail[" + width + "x" + height + ", " + png.length + " bytes]";
    }
}
