package org.onetrip.kiosk.material;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.onetrip.devices.scanner.image.PageConcern;
import org.onetrip.devices.scanner.image.Thumbnail;

/**
 * One page of a material, checked and kept on disk in the standard form.
 *
 * @param id        stable while the page exists, for the screen to refer to it
 * @param file      the standard JPEG in the session's spool
 * @param widthPx   pixels across
 * @param heightPx  pixels down
 * @param dpi       its resolution
 * @param thumbnail a small PNG for the screen
 * @param concerns  too small or too dark: the citizen should retake or delete it; empty for a good page
 */
public record MaterialPage(String id, Path file, int widthPx, int heightPx, int dpi, Thumbnail thumbnail,
                           Set<PageConcern> concerns) {
    public MaterialPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(thumbnail, "thumbnail");
        concerns = Set.copyOf(concerns);
    }

    public boolean needsAttention() {
        return !concerns.isEmpty();
    }
}
