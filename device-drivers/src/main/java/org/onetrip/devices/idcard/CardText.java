package org.onetrip.devices.idcard;

import java.util.Optional;

/**
 * The check every text field read from a card passes before it can enter an
 * {@link IdentityRecord}: no control character (U+0000..U+001F, U+007F..U+009F) and no
 * unpaired surrogate. Such text would reach screens, receipts and the backend, where a control
 * character can be taken as a command. Messages name the field and the position, never the
 * field's content.
 */
public final class CardText {
    private CardText() {
    }

    /**
     * What is wrong with a field's text, or empty when it may pass, for example
     * {@code name holds a control character (U+0007) at position 3}. Positions count
     * characters (code points) from 1.
     *
     * @param field the field's name as technicians know it, for example {@code name}
     */
    public static Optional<String> problem(String field, String text) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            position++;
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                return Optional.of(field + " holds an unpaired surrogate at position " + position);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(field + " holds an unpaired surrogate at position " + position);
            }
            if (isControl(c)) {
                return Optional.of(field + " holds a control character (" + codePoint(c) + ") at position " + position);
            }
            i++;
        }
        return Optional.empty();
    }

    /**
     * Passes the text on unchanged when it may pass.
     *
     * @throws IllegalArgumentException with {@link #problem}'s message otherwise
     */
    public static String checked(String field, String text) {
        Optional<String> problem = problem(field, text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return text;
    }

    /** Whether this UTF-16 unit is a C0 or C1 control character or DEL. */
    public static boolean isControl(int c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * What kind of character this is, for a message about card data that must not repeat it:
     * {@code a digit}, {@code a letter}, {@code a space}, {@code a control character},
     * {@code half of a surrogate pair} or {@code a mark, symbol or punctuation}.
     */
    public static String kind(int c) {
        if (c >= '0' && c <= '9') {
            return "a digit";
        }
        if (isControl(c)) {
            return "a control character";
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return "half of a surrogate pair";
        }
        if (Character.isLetter(c)) {
            return "a letter";
        }
        if (Character.isSpaceChar(c)) {
            return "a space";
        }
        return "a mark, symbol or punctuation";
    }

    /** {@code U+XXXX}: how a control character or an unpaired surrogate of card data is named in a message. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
