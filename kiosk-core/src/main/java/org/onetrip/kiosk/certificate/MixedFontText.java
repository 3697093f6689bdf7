package org.onetrip.kiosk.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Sets text of one document in several fonts: each run of code points goes to the first font
 * that has all of them, so that a name with a character outside the main font still prints.
 * A font is embedded (as a subset) only when a run needs it.
 */
final class MixedFontText {

    /** A stretch of text set in one font. */
    record Run(int face, String text) {
    }

    private static final String NO_LINE_START = "，。、；：？！）》」』”’%,.;:?!)]";

    private final PDDocument document;
    private final Typefaces typefaces;
    private final PDType0Font[] loaded;
    private final Map<Integer, Float> advanceOf = new HashMap<>();

    MixedFontText(PDDocument document, Typefaces typefaces) {
        this.document = document;
        this.typefaces = typefaces;
        this.loaded = new PDType0Font[typefaces.count()];
    }

    /** Whitespace of any kind (line breaks, tabs, ideographic space) prints as one plain space. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp));
        return out.toString();
    }

    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFace = Typefaces.NONE;
        for (int cp : printable(text).codePoints().toArray()) {
            int face = typefaces.faceFor(cp);
            if (face == Typefaces.NONE) {
                throw new IllegalStateException("U+" + Integer.toHexString(cp).toUpperCase()
                        + " is in no font; the coverage check must run before layout");
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    PDType0Font font(int face) throws IOException {
        if (loaded[face] == null) {
            loaded[face] = PDType0Font.load(document, typefaces.font(face), true);
        }
        return loaded[face];
    }

    float width(String text, float size) throws IOException {
        float units = 0;
        for (int cp : printable(text).codePoints().toArray()) {
            units += advance(cp);
        }
        return units / 1000f * size;
    }

    private float advance(int codePoint) throws IOException {
        Float known = advanceOf.get(codePoint);
        if (known != null) {
            return known;
        }
        int face = typefaces.faceFor(codePoint);
        float units = font(face).getStringWidth(new String(Character.toChars(codePoint)));
        advanceOf.put(codePoint, units);
        return units;
    }

    /** Shows the text with its baseline starting at (x, y). */
    void show(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        show(content, text, Matrix.getTranslateInstance(x, y), size);
    }

    /** Shows the text in the given text space, e.g. rotated around a seal. */
    void show(PDPageContentStream content, String text, Matrix at, float size) throws IOException {
        content.beginText();
        content.setTextMatrix(at);
        for (Run run : runs(text)) {
            content.setFont(font(run.face()), size);
            content.showText(run.text());
        }
        content.endText();
    }

    void showCentred(PDPageContentStream content, String text, float centreX, float y, float size)
            throws IOException {
        show(content, text, centreX - width(text, size) / 2, y, size);
    }

    void showRight(PDPageContentStream content, String text, float rightX, float y, float size)
            throws IOException {
        show(content, text, rightX - width(text, size), y, size);
    }

    /**
     * Breaks a text into lines no wider than {@code maxWidth}: anywhere between Chinese
     * characters, but never inside a word of ASCII characters (an ID number, a date, an amount)
     * unless the word alone is wider than a line, and never before closing punctuation.
     */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String piece : pieces(printable(text).strip())) {
            float w = width(piece, size);
            boolean fits = lineWidth + w <= maxWidth || line.length() == 0
                    || NO_LINE_START.indexOf(piece.codePointAt(0)) >= 0;
            if (!fits) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
                if (piece.equals(" ")) {
                    continue;
                }
            }
            if (w > maxWidth && piece.length() > 1) {
                // a word longer than a line (a URL) is cut where the line is full
                for (int cp : piece.codePoints().toArray()) {
                    float cw = advance(cp) / 1000f * size;
                    if (lineWidth + cw > maxWidth && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.appendCodePoint(cp);
                    lineWidth += cw;
                }
                continue;
            }
            line.append(piece);
            lineWidth += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Words of printable ASCII, single spaces, and single other characters, in order. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            if (cp > ' ' && cp < 0x7F) {
                word.append((char) cp);
                continue;
            }
            if (word.length() > 0) {
                pieces.add(word.toString());
                word.setLength(0);
            }
            pieces.add(new String(Character.toChars(cp)));
        }
        if (word.length() > 0) {
            pieces.add(word.toString());
        }
        return pieces;
    }

}
