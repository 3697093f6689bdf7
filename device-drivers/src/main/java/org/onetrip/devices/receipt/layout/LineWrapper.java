package org.onetrip.devices.receipt.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks mixed Chinese and Latin text into lines that fit a number of cells. Chinese may
 * break between any two characters; a Latin word (with its ASCII punctuation) moves to the
 * next line whole unless it is longer than a line; full-width closing punctuation never
 * starts a line.
 */
public final class LineWrapper {
    /** Full-width punctuation that closes; ASCII punctuation stays with its word instead. */
    private static final String NO_LINE_START = "，。、；：？！）」』》〉】％";

    private LineWrapper() {
    }

    /**
     * @param text    text; a line break starts a new paragraph, other control characters
     *                print as {@link PrintableText#REPLACEMENT}
     * @param columns cells per line, at least 2
     */
    public static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("a line must hold at least 2 cells, was " + columns);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.stripTrailing(), columns, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, int columns, List<String> lines) {
        int[] cps = PrintableText.of(text).codePoints().toArray();
        if (cps.length == 0) {
            lines.add("");
            return;
        }
        int start = 0;
        while (start < cps.length) {
            int width = 0;
            int end = start;
            while (end < cps.length && width + DisplayWidth.of(cps[end]) <= columns) {
                width += DisplayWidth.of(cps[end]);
                end++;
            }
            if (end < cps.length) {
                end = breakPoint(cps, start, end);
            }
            lines.add(new String(cps, start, end - start).stripTrailing());
            start = end;
            while (start < cps.length && cps[start] == ' ') {
                start++;
            }
        }
    }

    /** Moves the break back so no word is split and no punctuation starts the next line. */
    private static int breakPoint(int[] cps, int start, int end) {
        int next = cps[end];
        if (NO_LINE_START.indexOf(next) >= 0 && end - 1 > start) {
            return end - 1;
        }
        if (isWordChar(next) && isWordChar(cps[end - 1])) {
            for (int i = end - 1; i > start; i--) {
                if (!isWordChar(cps[i - 1])) {
                    return i;
                }
            }
        }
        return end;
    }

    private static boolean isWordChar(int cp) {
        return cp > ' ' && cp < 0x7F;
    }
}
