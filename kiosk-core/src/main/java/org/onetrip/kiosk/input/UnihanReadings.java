package org.onetrip.kiosk.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The Mandarin readings of every Chinese character Unicode knows ({@code kMandarin} of the Unihan
 * database, Debian package {@code unicode-data}), through the latest extension: the way to
 * characters beyond GB2312 that a pinyin engine's dictionary does not list, such as rare characters
 * in personal names. Immutable once read.
 */
public final class UnihanReadings {

    /** Where Debian's {@code unicode-data} puts the readings. */
    public static final Path DEBIAN = Path.of("/usr/share/unicode/Unihan_Readings.txt.bz2");

    private final Map<String, List<String>> bySyllable;

    private UnihanReadings(Map<String, List<String>> bySyllable) {
        this.bySyllable = bySyllable;
    }

    /**
     * Reads the Unihan readings file, bzip2-compressed as Debian ships it or plain.
     *
     * @throws InputEngineException naming the file and the package when it is missing or unreadable
     */
    public static UnihanReadings read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputEngineException("the Unihan readings " + file + " are missing (Debian package unicode-data)");
        }
        Map<String, Set<Integer>> first = new HashMap<>();
        Map<String, Set<Integer>> other = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream plain = file.toString().endsWith(".bz2") ? new BZip2CompressorInputStream(raw, true) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("U+")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                if (columns.length < 3 || !columns[1].equals("kMandarin")) {
                    continue;
                }
                int codePoint = Integer.parseInt(columns[0].substring(2), 16);
                String[] readings = columns[2].trim().split("\\s+");
                for (int index = 0; index < readings.length; index++) {
                    (index == 0 ? first : other).computeIfAbsent(typed(readings[index]), key -> new java.util.TreeSet<>())
                            .add(codePoint);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputEngineException("the Unihan readings " + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, List<String>> bySyllable = new HashMap<>();
        Set<String> syllables = new LinkedHashSet<>(first.keySet());
        syllables.addAll(other.keySet());
        for (String syllable : syllables) {
            Set<Integer> ordered = new LinkedHashSet<>(first.getOrDefault(syllable, Set.of()));
            ordered.addAll(other.getOrDefault(syllable, Set.of()));
            List<String> characters = new ArrayList<>(ordered.size());
            ordered.forEach(codePoint -> characters.add(Character.toString(codePoint)));
            bySyllable.put(syllable, List.copyOf(characters));
        }
        return new UnihanReadings(Collections.unmodifiableMap(bySyllable));
    }

    /** A reading as typed on the keyboard: {@code yǎn} is {@code yan}, {@code lǘ} is {@code lv}. */
    static String typed(String reading) {
        String decomposed = Normalizer.normalize(reading.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int index = 0; index < decomposed.length(); index++) {
            char each = decomposed.charAt(index);
            if (each == '\u0308') {
                letters.setCharAt(letters.length() - 1, 'v');
            } else if (each >= 'a' && each <= 'z') {
                letters.append(each);
            }
        }
        return letters.toString();
    }

    /** Every character read as this toneless syllable, those whose usual reading it is first; empty if none. */
    public List<String> characters(String syllable) {
        return bySyllable.getOrDefault(syllable, List.of());
    }

    /** Whether these letters are one whole syllable some character is read as. */
    public boolean isSyllable(String letters) {
        return bySyllable.containsKey(letters);
    }
}
