package org.onetrip.config.load;

import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds what a configuration text must not hold: control characters (U+0000 to U+001F, U+007F to U+009F)
 * and unpaired surrogates. A receipt printer or a screen would misbehave on them, and a technician
 * cannot see them in an editor.
 */
final class ControlCharacters {

    static final String RULE = "texts must not hold control characters (U+0000 to U+001F, U+007F to U+009F)"
            + " or unpaired surrogates";

    private ControlCharacters() {
    }

    static boolean isControl(int codePoint) {
        return codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    /** Index (in chars) of the first control character or unpaired surrogate, or -1. */
    static int firstOffending(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What stands at {@code index}: {@code control character U+0007} or {@code unpaired surrogate U+D800}. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        return (Character.isSurrogate(c) ? "unpaired surrogate " : "control character ") + codePoint(c);
    }

    static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** {@code text} fit to quote in a message: each offending character written as {@code \\uXXXX}. */
    static String shown(String text) {
        if (firstOffending(text) < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                shown.append(c).append(text.charAt(++i));
            } else if (isControl(c) || Character.isSurrogate(c)) {
                shown.append("\\u").append(HexFormat.of().withUpperCase().toHexDigits((short) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
