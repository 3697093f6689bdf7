package org.onetrip.kiosk.input;

import java.util.List;
import java.util.Objects;

/**
 * What the handwriting pad shows, and what it hands to the text.
 *
 * @param writing the strokes on the pad
 * @param candidates the characters the strokes most likely are, likeliest first; empty for no strokes
 * @param committed text that goes into the field at the caret now; empty for none
 */
public record HandwritingView(Handwriting writing, List<String> candidates, String committed) {

    public HandwritingView {
        Objects.requireNonNull(writing, "writing");
        Objects.requireNonNull(committed, "committed");
        candidates = List.copyOf(candidates);
    }
}
