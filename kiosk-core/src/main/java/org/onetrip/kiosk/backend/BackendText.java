package org.onetrip.kiosk.backend;

/**
 * Text the approval system sends that the kiosk shows or prints as it is (a state's reason, a
 * name): checked where it enters, so a control character or a broken surrogate from the wire can
 * neither move the screen's text about nor reach a printer as a command.
 */
public final class BackendText {

    /** What stands in for a character that cannot be shown. */
    public static final char REPLACEMENT = '\uFFFD';

    private BackendText() {
    }

    /**
     * {@code text} with every control character (U+0000 to U+001F, U+007F to U+009F) and every
     * unpaired surrogate replaced by {@link #REPLACEMENT}; {@code null} stays {@code null}.
     */
    public static String shown(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean bad = Character.isISOControl(c)
                    || (Character.isSurrogate(c) && !pairedHigh && !pairedLow);
            if (bad && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            }
            if (clean != null) {
                clean.append(bad ? REPLACEMENT : c);
            }
        }
        return clean == null ? text : clean.toString();
    }
}
