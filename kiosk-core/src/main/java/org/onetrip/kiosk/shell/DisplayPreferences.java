package org.onetrip.kiosk.shell;

/**
 * How the citizen wants the screen to look. The three combine freely.
 *
 * @param largeText text at least one and a half times its usual size
 * @param highContrast light text on black, for low vision
 * @param elder the elder-friendly look (长辈版): larger text with more space between lines,
 *     stronger contrast, larger touch targets, and a much longer time before an untouched session
 *     ends (see {@link org.onetrip.kiosk.session.SessionTimeouts#forElders()})
 */
public record DisplayPreferences(boolean largeText, boolean highContrast, boolean elder) {

    public static final DisplayPreferences STANDARD = new DisplayPreferences(false, false, false);

    /** Preferences without the elder-friendly look. */
    public DisplayPreferences(boolean largeText, boolean highContrast) {
        this(largeText, highContrast, false);
    }

    public DisplayPreferences withLargeText(boolean on) {
        return new DisplayPreferences(on, highContrast, elder);
    }

    public DisplayPreferences withHighContrast(boolean on) {
        return new DisplayPreferences(largeText, on, elder);
    }

    public DisplayPreferences withElder(boolean on) {
        return new DisplayPreferences(largeText, highContrast, on);
    }
}
