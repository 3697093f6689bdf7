package org.onetrip.devices;

import java.util.Locale;
import java.util.Objects;

/**
 * Text a device says about itself (a printer's model, firmware or state message), made safe to
 * log, to show a technician and to print: every character that does not print (control
 * characters such as ESC, format characters such as a right-to-left override, unpaired
 * surrogates, unassigned and private-use code points) is written as {@code \xHH} or
 * {@code \}{@code uHHHH}, a backslash as {@code \\}, and the text is cut after
 * {@value #MAX_LENGTH} characters with {@code …}.
 *
 * <p>For a device's own words only: text read from a citizen's card is never shown, in any form.
 */
public final class DeviceText {

    /** The longest device text kept, in characters (code points), before the cut. */
    public static final int MAX_LENGTH = 80;

    private DeviceText() {
    }

    /** The text as it may be logged, shown and printed: {@code "TM-T88\x1B@"} for a model ending in ESC @. */
    public static String printable(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == MAX_LENGTH) {
                out.append('…');
                break;
            }
            count++;
            if (cp == '\\') {
                out.append("\\\\");
            } else if (prints(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format(Locale.ROOT, "\\x%02X", cp));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            }
        }
        return out.toString();
    }

    private static boolean prints(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
