package org.onetrip.devices.scanner.image;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A page in the standard form: baseline JPEG at the standard resolution (or the scan's own when lower).
 *
 * @param file      the standard JPEG
 * @param original  what the scanned file said about itself
 * @param widthPx   pixels across of the standard JPEG
 * @param heightPx  pixels down of the standard JPEG
 * @param dpi       its resolution
 * @param grey      whether it is a grey image
 * @param measure   luminance figures the concerns were judged on
 * @param thumbnail a small PNG for the screen
 * @param concerns  why a clerk would likely refuse it; empty for a good page
 */
public record InspectedPage(Path file, ImageFacts original, int widthPx, int heightPx, int dpi, boolean grey,
                            PageMeasure measure, Thumbnail thumbnail, Set<PageConcern> concerns) {
    public InspectedPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(thumbnail, "thumbnail");
        concerns = concerns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(concerns));
    }

    public boolean blank() {
        return concerns.contains(PageConcern.BLANK);
    }

    /** Width in PDF points (1/72 inch). */
    public float widthPt() {
        return widthPx * 72f / dpi;
    }

    /** Height in PDF points (1/72 inch). */
    public float heightPt() {
        return heightPx * 72f / dpi;
    }
}
