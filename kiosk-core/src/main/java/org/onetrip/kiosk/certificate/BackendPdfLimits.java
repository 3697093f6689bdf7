package org.onetrip.kiosk.certificate;

import java.util.Objects;
import org.onetrip.config.PageSize;

/**
 * What a signed PDF from the backend must keep to before the kiosk prints it.
 *
 * @param maxBytes    largest file accepted, 1 KiB to 64 MiB
 * @param maxPages    most pages accepted, 1 to 200
 * @param pageSize    the paper in the printer; pages may be portrait or landscape
 * @param toleranceMm how far each side may differ from the paper, 0 to 10 mm
 */
public record BackendPdfLimits(long maxBytes, int maxPages, PageSize pageSize, double toleranceMm) {

    /** 10 MiB, 20 A4 pages, 2 mm. */
    public static final BackendPdfLimits DEFAULT = new BackendPdfLimits(10L * 1024 * 1024, 20, PageSize.A4, 2);

    public BackendPdfLimits {
        if (maxBytes < 1024 || maxBytes > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBytes must be 1 KiB to 64 MiB, got " + maxBytes);
        }
        if (maxPages < 1 || maxPages > 200) {
            throw new IllegalArgumentException("maxPages must be 1 to 200, got " + maxPages);
        }
        Objects.requireNonNull(pageSize, "pageSize");
        if (!(toleranceMm >= 0 && toleranceMm <= 10)) {
            throw new IllegalArgumentException("toleranceMm must be 0 to 10, got " + toleranceMm);
        }
    }
}
