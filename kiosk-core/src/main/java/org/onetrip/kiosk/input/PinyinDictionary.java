package org.onetrip.kiosk.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Chinese characters by their pinyin, for typing on a keyboard of Latin letters. Letters are
 * lower-case a to z without tones; ü is typed as {@code v} ({@code lv} 吕, {@code nv} 女).
 *
 * <p>Immutable and safe to share between threads once built. Reading the table takes a few
 * milliseconds, so build one instance at start-up and pass it on.
 */
public final class PinyinDictionary {

    /** The bundled table: GB2312 levels 1 and 2 with second readings of polyphonic characters. */
    public static final String STANDARD_TABLE = "/org/onetrip/kiosk/input/pinyin.txt";

    private static final Pattern LETTERS = Pattern.compile("[a-z]*");
    private static final Pattern SYLLABLE = Pattern.compile("[a-z]{1,6}");

    private final NavigableMap<String, List<String>> bySyllable;

    private PinyinDictionary(NavigableMap<String, List<String>> bySyllable) {
        this.bySyllable = Collections.unmodifiableNavigableMap(bySyllable);
    }

    /**
     * The bundled table.
     *
     * @throws PinyinTableException naming the resource, and the line if a line is malformed
     */
    public static PinyinDictionary standard() {
        return fromResource(STANDARD_TABLE);
    }

    /**
     * A table read from a class-path resource in UTF-8: {@code #} comment lines, blank lines, and
     * lines of a syllable, one space, and its characters most useful first ({@code zhang 张章…}).
     *
     * @throws PinyinTableException naming the resource, and the line if a line is malformed
     */
    public static PinyinDictionary fromResource(String resource) {
        InputStream stream = PinyinDictionary.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new PinyinTableException("pinyin table " + resource + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException | UncheckedIOException e) {
            throw new PinyinTableException("pinyin table " + resource + " cannot be read", e);
        }
    }

    private static PinyinDictionary parse(String source, List<String> lines) {
        NavigableMap<String, List<String>> table = new TreeMap<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw malformed(source, index, "expected a syllable, a space and its characters");
            }
            String syllable = line.substring(0, space);
            if (!SYLLABLE.matcher(syllable).matches()) {
                throw malformed(source, index, "syllable '" + syllable + "' is not 1 to 6 letters a-z");
            }
            if (table.containsKey(syllable)) {
                throw malformed(source, index, "syllable '" + syllable + "' is listed twice");
            }
            table.put(syllable, characters(source, index, line.substring(space + 1)));
        }
        if (table.isEmpty()) {
            throw new PinyinTableException("pinyin table " + source + " lists no syllable");
        }
        return new PinyinDictionary(table);
    }

    private static List<String> characters(String source, int index, String text) {
        if (text.isEmpty()) {
            throw malformed(source, index, "no characters after the syllable");
        }
        Set<String> characters = new LinkedHashSet<>();
        text.codePoints().forEach(codePoint -> {
            if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
                throw malformed(source, index, "'" + Character.toString(codePoint) + "' (U+"
                        + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + ") is not a Chinese character");
            }
            if (!characters.add(Character.toString(codePoint))) {
                throw malformed(source, index, "'" + Character.toString(codePoint) + "' is listed twice");
            }
        });
        return List.copyOf(characters);
    }

    private static PinyinTableException malformed(String source, int index, String problem) {
        return new PinyinTableException("pinyin table " + source + " line " + (index + 1) + ": " + problem);
    }

    /**
     * The characters for letters typed so far. For letters that start with whole syllables, the
     * characters of the longest leading one ({@code "zhangwei"} gives those of {@code zhang}); when
     * no leading letters make a whole syllable, those of every syllable that begins like the longest
     * leading letters that can still become one ({@code "zh"} gives {@code zha}, {@code zhai}, …,
     * interleaved so that each syllable's first characters come first).
     *
     * @param letters lower-case a to z, possibly empty
     * @throws IllegalArgumentException for any other character
     */
    public Candidates lookup(String letters) {
        Objects.requireNonNull(letters, "letters");
        if (!LETTERS.matcher(letters).matches()) {
            throw new IllegalArgumentException("pinyin letters must be a to z in lower case, not '" + letters + "'");
        }
        for (int length = Math.min(letters.length(), 6); length > 0; length--) {
            String head = letters.substring(0, length);
            List<String> whole = bySyllable.get(head);
            if (whole != null) {
                return new Candidates(head, whole);
            }
        }
        for (int length = Math.min(letters.length(), 6); length > 0; length--) {
            String head = letters.substring(0, length);
            Map<String, List<String>> started = syllablesStartingWith(head);
            if (!started.isEmpty()) {
                return new Candidates(head, interleaved(started.values()));
            }
        }
        return Candidates.NONE;
    }

    /** The characters of {@link #lookup(String)}, most useful first. */
    public List<String> candidates(String letters) {
        return lookup(letters).characters();
    }

    /**
     * How many of {@code letters} a chosen candidate uses up: picking 张 from {@code "zhangwei"}
     * uses 5 and leaves {@code "wei"}.
     *
     * @throws IllegalArgumentException if {@code chosen} is not a candidate for {@code letters}
     */
    public int consumed(String letters, String chosen) {
        Candidates candidates = lookup(letters);
        if (!candidates.characters().contains(chosen)) {
            throw new IllegalArgumentException("'" + chosen + "' is not a candidate for '" + letters + "'");
        }
        return candidates.consumed();
    }

    /** Every syllable the table knows, in alphabetical order. */
    public Set<String> syllables() {
        return bySyllable.navigableKeySet();
    }

    private Map<String, List<String>> syllablesStartingWith(String prefix) {
        return bySyllable.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    private static List<String> interleaved(Iterable<List<String>> lists) {
        Set<String> merged = new LinkedHashSet<>();
        for (int rank = 0; ; rank++) {
            boolean any = false;
            for (List<String> list : lists) {
                if (rank < list.size()) {
                    merged.add(list.get(rank));
                    any = true;
                }
            }
            if (!any) {
                return new ArrayList<>(merged);
            }
        }
    }
}
