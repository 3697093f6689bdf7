package org.onetrip.devices.privacy;

import java.util.Objects;

/**
 * The one masking policy of OneTrip: how an identifier, a name or an address shows wherever it
 * must not show whole (screens, receipts, certificates, logs, technicians' output). Pure; counts
 * Unicode code points, so a character outside the BMP is one character.
 *
 * <ul>
 * <li><b>Identifier</b> (resident ID number, foreign national number, phone number): of its
 *     {@code n} characters, at most {@code n / 4} (rounded down) show at the start and as many at
 *     the end; every other character becomes {@code *}, so at least half is always hidden. An
 *     18-character ID number shows 4 + 4 ({@code 1101**********1239}), an 11-digit Belgian
 *     national number or mobile number 2 + 2 ({@code 85*******28}), fewer than 4 characters
 *     nothing. Spaces and the separators {@code - . / ( ) +} are not counted and stay where they
 *     are, so {@code 85.07.30-033.28} becomes {@code 85.**.**-***.28}. A {@code *} counts as a
 *     character, so masking an identifier that is already masked never shows more of it.</li>
 * <li><b>Name</b>: its first character, then one {@code *} for each other character, spaces
 *     included ({@code 张*}, {@code 欧***}, {@code J**********} for "Jan Peeters"). The first
 *     character of a Chinese name is the family name's, shared by millions; a Latin name shows
 *     only its first letter, not an initial per word, so neither the other initials nor the
 *     length of each word show. A name of one character shows as {@code *}.</li>
 * <li><b>Address</b>: at most its first 6 characters and never more than half of it (for a
 *     Chinese address the province, city or district), then {@code ****} whatever the length.</li>
 * </ul>
 */
public final class Masking {

    /** What stands for a hidden character. */
    public static final char HIDDEN = '*';

    private static final int ADDRESS_SHOWN = 6;
    private static final String ADDRESS_HIDDEN = "****";

    private Masking() {
    }

    /**
     * How many characters an identifier of {@code length} counted characters may show at each
     * end: a quarter, rounded down.
     */
    public static int shownAtEachEnd(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("a length is 0 or more, was " + length);
        }
        return length / 4;
    }

    /** How many characters of an identifier of {@code length} counted characters stay hidden at least. */
    public static int hiddenAtLeast(int length) {
        return length - 2 * shownAtEachEnd(length);
    }

    /** The identifier masked, e.g. {@code 1101**********1239}; see the class comment. */
    public static String identifier(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        int counted = (int) identifier.codePoints().filter(Masking::counts).count();
        int shown = shownAtEachEnd(counted);
        StringBuilder out = new StringBuilder(identifier.length());
        int index = 0;
        for (int cp : identifier.codePoints().toArray()) {
            if (!counts(cp)) {
                out.appendCodePoint(cp);
                continue;
            }
            if (index < shown || index >= counted - shown) {
                out.appendCodePoint(cp);
            } else {
                out.append(HIDDEN);
            }
            index++;
        }
        return out.toString();
    }

    /** A phone number is an identifier: {@code 13812345678} shows as {@code 13*******78}. */
    public static String phone(String phone) {
        return identifier(phone);
    }

    /** The name masked, e.g. {@code 张*}, {@code 欧***}; see the class comment. Empty stays empty. */
    public static String name(String name) {
        Objects.requireNonNull(name, "name");
        String stripped = name.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length == 0) {
            return "";
        }
        if (length == 1) {
            return String.valueOf(HIDDEN);
        }
        return new StringBuilder().appendCodePoint(stripped.codePointAt(0))
                .append(String.valueOf(HIDDEN).repeat(length - 1)).toString();
    }

    /** The address masked, e.g. {@code 北京市东城区****}; see the class comment. Blank becomes empty. */
    public static String address(String address) {
        Objects.requireNonNull(address, "address");
        int[] points = address.strip().codePoints().toArray();
        if (points.length == 0) {
            return "";
        }
        int shown = Math.min(ADDRESS_SHOWN, points.length / 2);
        return new String(points, 0, shown) + ADDRESS_HIDDEN;
    }

    /** Whether a character is one of the identifier's own, as opposed to a space or separator. */
    private static boolean counts(int cp) {
        return !Character.isWhitespace(cp) && cp != '-' && cp != '.' && cp != '/' && cp != '(' && cp != ')'
                && cp != '+';
    }
}
