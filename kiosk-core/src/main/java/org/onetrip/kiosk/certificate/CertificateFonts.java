package org.onetrip.kiosk.certificate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fonts certificates are printed with, in order of preference: each run of text is set in
 * the first font that has a glyph for every character of the run. Only TrueType outlines
 * (glyf) can be embedded as a subset; fonts with CFF outlines, such as Debian's Noto CJK, cannot.
 *
 * @param faces main font first, then the fallbacks for rare characters; at least one
 */
public record CertificateFonts(List<FontFile> faces) {

    /** Debian's WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}) with HanaMin A and B ({@code fonts-hanazono}). */
    public static final CertificateFonts DEBIAN = new CertificateFonts(List.of(
            FontFile.inCollection(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei"),
            FontFile.of(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")),
            FontFile.of(Path.of("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"))));

    /** The fonts a hall configured, in its order of preference. */
    public static CertificateFonts of(List<org.onetrip.config.CertificateFont> configured) {
        return new CertificateFonts(configured.stream()
                .map(font -> new FontFile(font.file(), font.face())).toList());
    }

    public CertificateFonts {
        faces = List.copyOf(faces);
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("at least one font is needed");
        }
    }

    /**
     * One font file.
     *
     * @param file             a {@code .ttf}, or a {@code .ttc} collection
     * @param nameInCollection PostScript name of the face inside a collection; empty for a single font
     */
    public record FontFile(Path file, Optional<String> nameInCollection) {

        public FontFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(nameInCollection, "nameInCollection");
        }

        public static FontFile of(Path file) {
            return new FontFile(file, Optional.empty());
        }

        public static FontFile inCollection(Path file, String name) {
            return new FontFile(file, Optional.of(name));
        }
    }
}
