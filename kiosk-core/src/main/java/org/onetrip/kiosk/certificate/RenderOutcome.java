package org.onetrip.kiosk.certificate;

import java.util.List;
import java.util.Locale;

/** What rendering a certificate gave: pages to print, or the reason there are none. */
public sealed interface RenderOutcome {

    /** The certificate rendered. */
    record Rendered(RenderedCertificate certificate) implements RenderOutcome {
    }

    /**
     * Some characters are in none of the fonts, so the certificate would print with blank boxes.
     * Nothing was rendered; the citizen is sent to a staffed counter.
     *
     * @param codePoints the characters no font has, sorted, each once
     */
    record MissingGlyphs(List<Integer> codePoints) implements RenderOutcome {

        public MissingGlyphs {
            codePoints = List.copyOf(codePoints);
            if (codePoints.isEmpty()) {
                throw new IllegalArgumentException("at least one missing code point");
            }
        }

        /** The characters as Unicode notation, e.g. {@code [U+E000, U+2B81D]}, for the counter's staff. */
        public List<String> unicodeNotation() {
            return codePoints.stream().map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList();
        }
    }
}
