package org.onetrip.kiosk.certificate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The parsed font files, kept open for the renderer's lifetime so that a warm render does not
 * parse them again. The main font is opened at once (a missing or broken file fails at start-up);
 * a fallback is opened the first time a character is not in the fonts before it, since the
 * HanaMin files are 50 MB and most names never need them. Not thread-safe: font tables are read
 * lazily from the files.
 */
final class Typefaces implements Closeable {

    /** A code point no font has. */
    static final int NONE = -1;

    private final List<CertificateFonts.FontFile> files;
    private final TrueTypeFont[] fonts;
    private final CmapLookup[] cmaps;
    private final List<Closeable> open = new ArrayList<>();

    Typefaces(CertificateFonts files) {
        this.files = files.faces();
        this.fonts = new TrueTypeFont[this.files.size()];
        this.cmaps = new CmapLookup[this.files.size()];
        for (CertificateFonts.FontFile file : this.files) {
            if (!Files.isReadable(file.file())) {
                throw new CertificateDocumentException("certificate font " + file.file() + " is missing or unreadable",
                        null);
            }
        }
        try {
            open(0);
        } catch (CertificateDocumentException e) {
            close();
            throw e;
        }
    }

    private void open(int index) {
        CertificateFonts.FontFile file = files.get(index);
        try {
            TrueTypeFont font = load(file);
            cmaps[index] = font.getUnicodeCmapLookup();
            fonts[index] = font;
        } catch (IOException | RuntimeException e) {
            throw new CertificateDocumentException("cannot load the certificate font " + file.file(), e);
        }
    }

    private TrueTypeFont load(CertificateFonts.FontFile file) throws IOException {
        if (file.nameInCollection().isPresent()) {
            TrueTypeCollection collection = new TrueTypeCollection(file.file().toFile());
            open.add(collection);
            String name = file.nameInCollection().get();
            TrueTypeFont font = collection.getFontByName(name);
            if (font == null) {
                throw new IOException("no font named " + name + " in " + file.file());
            }
            return font;
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.file().toFile()));
        open.add(font);
        return font;
    }

    int count() {
        return fonts.length;
    }

    /** An opened font: one that {@link #faceFor} returned. */
    TrueTypeFont font(int index) {
        return fonts[index];
    }

    /** Index of the first font with a glyph for the code point, or {@link #NONE}. */
    int faceFor(int codePoint) {
        for (int i = 0; i < cmaps.length; i++) {
            if (cmaps[i] == null) {
                open(i);
            }
            if (cmaps[i].getGlyphId(codePoint) > 0) {
                return i;
            }
        }
        return NONE;
    }

    /** Code points of the texts that no font has, sorted, each once. */
    List<Integer> missing(Iterable<String> texts) {
        TreeSet<Integer> missing = new TreeSet<>();
        for (String text : texts) {
            MixedFontText.printable(text).codePoints()
                    .filter(cp -> faceFor(cp) == NONE)
                    .forEach(missing::add);
        }
        return List.copyOf(missing);
    }

    @Override
    public void close() {
        for (Closeable closeable : open) {
            try {
                closeable.close();
            } catch (IOException e) {
                // closing a read-only font file cannot lose anything
            }
        }
        open.clear();
    }
}
