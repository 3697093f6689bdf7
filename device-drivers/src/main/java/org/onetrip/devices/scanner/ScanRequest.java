package org.onetrip.devices.scanner;

import java.util.Objects;
import java.util.Set;

/**
 * What to scan and how.
 *
 * @param source        platen (one page) or feeder (until empty)
 * @param resolutionDpi dots per inch, 75 to 1200; the scanner must offer it
 * @param colorMode     colour, grey or black and white
 * @param format        MIME type of the page files: {@code image/jpeg} or {@code image/png}
 */
public record ScanRequest(ScanSource source, int resolutionDpi, ScanColorMode colorMode, String format) {
    public static final int MIN_DPI = 75;
    public static final int MAX_DPI = 1200;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    static final Set<String> FORMATS = Set.of(JPEG, PNG);

    public ScanRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(colorMode, "colorMode");
        Objects.requireNonNull(format, "format");
        if (resolutionDpi < MIN_DPI || resolutionDpi > MAX_DPI) {
            throw new IllegalArgumentException("resolution must be " + MIN_DPI + " to " + MAX_DPI + " dpi, was " + resolutionDpi);
        }
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format must be one of " + FORMATS + ", was " + format);
        }
    }

    /** A JPEG scan from the given source. */
    public static ScanRequest jpeg(ScanSource source, int resolutionDpi, ScanColorMode colorMode) {
        return new ScanRequest(source, resolutionDpi, colorMode, JPEG);
    }
}
