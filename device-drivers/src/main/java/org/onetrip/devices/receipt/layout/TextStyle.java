package org.onetrip.devices.receipt.layout;

/**
 * How a line of text is printed.
 *
 * @param emphasized  bold (double strike)
 * @param widthScale  horizontal magnification, 1..8
 * @param heightScale vertical magnification, 1..8
 * @param inverted    white on black, for banners
 */
public record TextStyle(boolean emphasized, int widthScale, int heightScale, boolean inverted) {
    public static final TextStyle NORMAL = new TextStyle(false, 1, 1, false);
    public static final TextStyle BOLD = new TextStyle(true, 1, 1, false);
    public static final TextStyle TITLE = new TextStyle(true, 2, 2, false);
    public static final TextStyle TALL = new TextStyle(true, 1, 2, false);
    public static final TextStyle BANNER = new TextStyle(true, 2, 2, true);

    public TextStyle {
        if (widthScale < 1 || widthScale > 8) {
            throw new IllegalArgumentException("width scale must be 1..8, was " + widthScale);
        }
        if (heightScale < 1 || heightScale > 8) {
            throw new IllegalArgumentException("height scale must be 1..8, was " + heightScale);
        }
    }
}
