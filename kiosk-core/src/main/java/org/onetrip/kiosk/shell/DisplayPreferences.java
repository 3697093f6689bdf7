package org.onetrip.kiosk.shell;

/**
 * How the citizen wants the screen to look.
 *
 * @param largeText text at least one and a half times its usual size
 * @param highContrast light text on black, for low vision
 */
public record DisplayPreferences(boolean largeText, boolean highContrast) {

    public static final DisplayPreferences STANDARD = new DisplayPreferences(false, false);

    public DisplayPreferences withLargeText(boolean on) {
        return new DisplayPreferences(on, highContrast);
    }

    public DisplayPreferences withHighContrast(boolean on) {
        return new DisplayPreferences(largeText, on);
    }
}
