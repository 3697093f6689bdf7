package org.onetrip.kiosk.input;

import java.util.List;
import java.util.Objects;

/**
 * The characters offered for letters typed so far.
 *
 * @param reading the leading letters that every one of {@code characters} stands for: a whole syllable
 *     ({@code "zhang"} of {@code "zhangwei"}) or, when no syllable is complete yet, the start of one
 *     ({@code "zh"}); empty when nothing matches
 * @param characters the characters, most useful first; empty when nothing matches
 */
public record Candidates(String reading, List<String> characters) {

    static final Candidates NONE = new Candidates("", List.of());

    public Candidates {
        Objects.requireNonNull(reading, "reading");
        characters = List.copyOf(characters);
    }

    /** How many typed letters a chosen character uses up; the rest stay to be composed. */
    public int consumed() {
        return reading.length();
    }

    public boolean isEmpty() {
        return characters.isEmpty();
    }
}
