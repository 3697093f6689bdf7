package org.onetrip.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One font file certificates are printed with. Only TrueType outlines (glyf) can be embedded, so the
 * file is a {@code .ttf} font or a {@code .ttc} collection.
 *
 * @param file absolute path of the font file; whether it exists is checked by {@code config check}
 *             (a warning) and by the certificate renderer when it loads the fonts
 * @param face the PostScript name of the face inside a {@code .ttc} collection (required there);
 *             empty for a {@code .ttf}
 */
public record CertificateFont(Path file, Optional<String> face) {

    public CertificateFont {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(face, "face");
        if (!file.isAbsolute()) {
            throw new IllegalArgumentException("font file must be an absolute path, got " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            if (face.isEmpty()) {
                throw new IllegalArgumentException("a .ttc collection needs the face to use, e.g. face: WenQuanYiZenHei");
            }
        } else if (name.endsWith(".ttf")) {
            if (face.isPresent()) {
                throw new IllegalArgumentException("face is only for a .ttc collection; a .ttf holds one face");
            }
        } else {
            throw new IllegalArgumentException("expected a TrueType .ttf font or .ttc collection, got " + file.getFileName());
        }
        face.ifPresent(given -> {
            if (given.isBlank()) {
                throw new IllegalArgumentException("face must not be blank");
            }
        });
    }

    /** A single-face {@code .ttf} file. */
    public static CertificateFont of(Path file) {
        return new CertificateFont(file, Optional.empty());
    }

    /** The face named {@code face} inside a {@code .ttc} collection. */
    public static CertificateFont inCollection(Path file, String face) {
        return new CertificateFont(file, Optional.of(face));
    }
}
