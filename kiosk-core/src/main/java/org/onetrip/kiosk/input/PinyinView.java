package org.onetrip.kiosk.input;

import java.util.List;
import java.util.Objects;

/**
 * What a pinyin composition shows after a key, and what it hands to the text.
 *
 * @param composing the letters being composed, with the characters already chosen for the first of
 *     them ({@code 广州shi}); empty when nothing is composing
 * @param chosen the characters already chosen in the composition ({@code 广州}): what the text gets
 *     if the citizen leaves the field now
 * @param candidates what the citizen may choose next, the engine's most likely first (whole phrases
 *     included), then rare characters of the syllable from the Unihan readings; empty when nothing
 *     is composing
 * @param committed text that goes into the field at the caret now; empty for none. Never letters
 *     that were typed to be composed.
 * @param passedOn the key had nothing to act on in the composition (backspace or space with nothing
 *     composing), so it acts on the text itself
 */
public record PinyinView(String composing, String chosen, List<String> candidates, String committed, boolean passedOn) {

    public static final PinyinView EMPTY = new PinyinView("", "", List.of(), "", false);

    public PinyinView {
        Objects.requireNonNull(composing, "composing");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(committed, "committed");
        candidates = List.copyOf(candidates);
    }

    public boolean isComposing() {
        return !composing.isEmpty();
    }
}
