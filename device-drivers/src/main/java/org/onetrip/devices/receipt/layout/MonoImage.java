package org.onetrip.devices.receipt.layout;

import java.util.Arrays;

/**
 * A one-bit image for a thermal head: rows of packed bits, most significant bit on the
 * left, 1 = black (the layout of ESC/POS raster data).
 *
 * @param width  dots across, 1..576
 * @param height dots down, 1..2303
 * @param rows   {@code ceil(width / 8) * height} bytes
 */
public record MonoImage(int width, int height, byte[] rows) {
    public MonoImage {
        if (width < 1 || width > 576) {
            throw new IllegalArgumentException("image width must be 1..576 dots, was " + width);
        }
        if (height < 1 || height > 2303) {
            throw new IllegalArgumentException("image height must be 1..2303 dots, was " + height);
        }
        int expected = bytesPerRow(width) * height;
        if (rows.length != expected) {
            throw new IllegalArgumentException("image of " + width + "x" + height + " dots needs "
                    + expected + " bytes, was " + rows.length);
        }
        rows = rows.clone();
    }

    /**
     * Thresholds an image: a pixel darker than {@code threshold} (0..255 luminance) prints
     * black; transparent pixels stay white.
     */
    public static MonoImage of(java.awt.image.BufferedImage image, int threshold) {
        if (threshold < 1 || threshold > 255) {
            throw new IllegalArgumentException("threshold must be 1..255, was " + threshold);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rows = new byte[bytesPerRow(w) * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int lum = (299 * (argb >> 16 & 0xFF) + 587 * (argb >> 8 & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                if (alpha > 127 && lum < threshold) {
                    rows[y * bytesPerRow(w) + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonoImage(w, h, rows);
    }

    public static int bytesPerRow(int width) {
        return (width + 7) / 8;
    }

    public int bytesPerRow() {
        return bytesPerRow(width);
    }

    public boolean black(int x, int y) {
        int b = rows[y * bytesPerRow() + x / 8] & 0xFF;
        return (b & (0x80 >> (x % 8))) != 0;
    }

    @Override
    public byte[] rows() {
        return rows.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoImage m && m.width == width && m.height == height && Arrays.equals(m.rows, rows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "MonoImage[" + width + "x" + height + "]";
    }
}
