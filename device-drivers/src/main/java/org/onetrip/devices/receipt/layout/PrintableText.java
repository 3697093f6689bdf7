package org.onetrip.devices.receipt.layout;

/**
 * Text as a receipt may carry it. A control character (U+0000..U+001F, U+007F..U+009F) would
 * reach the printer as a command, and an unpaired surrogate has no glyph: each is replaced by
 * {@link #REPLACEMENT}, so a receipt with a stray character from a card or the configuration
 * still prints, visibly marked, instead of failing. Pure.
 */
public final class PrintableText {
    /** What prints in place of a character that cannot be printed. */
    public static final char REPLACEMENT = '?';

    private PrintableText() {
    }

    /** The text with every control character and unpaired surrogate replaced by {@link #REPLACEMENT}. */
    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || isControl(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether this UTF-16 unit is a C0 or C1 control character or DEL. */
    public static boolean isControl(char c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    }
}
