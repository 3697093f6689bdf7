package org.onetrip.kiosk.input;

import java.util.Objects;

/**
 * A text being edited and the caret in it, moved and deleted at by whole characters (a character
 * beyond the Basic Multilingual Plane, such as 𰻞, is one step, not two).
 *
 * @param text the text
 * @param caret where typing goes, in UTF-16 units from the start: 0 to {@code text.length()}, never
 *     inside a surrogate pair
 */
public record CaretText(String text, int caret) {

    public CaretText {
        Objects.requireNonNull(text, "text");
        if (caret < 0 || caret > text.length()) {
            throw new IllegalArgumentException("caret " + caret + " is outside a text of length " + text.length());
        }
        if (caret > 0 && caret < text.length() && Character.isLowSurrogate(text.charAt(caret))
                && Character.isHighSurrogate(text.charAt(caret - 1))) {
            caret--;
        }
    }

    /** The text with the caret at its end, where a citizen who just tapped a field types. */
    public static CaretText atEnd(String text) {
        String shown = text == null ? "" : text;
        return new CaretText(shown, shown.length());
    }

    /** Typed text goes in at the caret, and the caret after it. */
    public CaretText insert(String typed) {
        return new CaretText(text.substring(0, caret) + typed + text.substring(caret), caret + typed.length());
    }

    /** Backspace: the character before the caret goes; nothing at the start. */
    public CaretText deleteBefore() {
        if (caret == 0) {
            return this;
        }
        int from = text.offsetByCodePoints(caret, -1);
        return new CaretText(text.substring(0, from) + text.substring(caret), from);
    }

    /** One character to the left; stays at the start. */
    public CaretText left() {
        return caret == 0 ? this : new CaretText(text, text.offsetByCodePoints(caret, -1));
    }

    /** One character to the right; stays at the end. */
    public CaretText right() {
        return caret == text.length() ? this : new CaretText(text, text.offsetByCodePoints(caret, 1));
    }

    /** The caret where the citizen touched, kept inside the text and off the middle of a character. */
    public CaretText moveTo(int position) {
        return new CaretText(text, Math.max(0, Math.min(text.length(), position)));
    }
}
