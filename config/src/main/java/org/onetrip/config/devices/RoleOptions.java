package org.onetrip.config.devices;

import java.util.Objects;
import java.util.Set;
import org.onetrip.config.ConfigName;
import org.onetrip.config.PageSize;

/** Settings that depend on what a device does rather than on how it is reached. */
public sealed interface RoleOptions {

    /** An ID card reader has no role options yet. */
    record IdCardReaderOptions() implements RoleOptions {
    }

    /** @param paperWidthMm the thermal roll's width: 58 or 80 mm */
    record ReceiptPrinterOptions(int paperWidthMm) implements RoleOptions {
        public static final Set<Integer> PAPER_WIDTHS_MM = Set.of(58, 80);
        public static final int DEFAULT_PAPER_WIDTH_MM = 80;

        public ReceiptPrinterOptions {
            if (!PAPER_WIDTHS_MM.contains(paperWidthMm)) {
                throw new IllegalArgumentException("paper width must be 58 or 80 mm, got " + paperWidthMm);
            }
        }
    }

    /**
     * @param paperSize the paper loaded in the printer's tray
     * @param duplex    whether the printer prints both sides
     */
    record CertificatePrinterOptions(PageSize paperSize, boolean duplex) implements RoleOptions {
        public static final PageSize DEFAULT_PAPER_SIZE = PageSize.A4;

        public CertificatePrinterOptions {
            Objects.requireNonNull(paperSize, "paperSize");
        }
    }

    /**
     * @param resolutionDpi one of 150, 200, 300, 600 dots per inch
     * @param colorMode     colour or grey scans
     */
    record ScannerOptions(int resolutionDpi, ColorMode colorMode) implements RoleOptions {
        public static final Set<Integer> RESOLUTIONS_DPI = Set.of(150, 200, 300, 600);
        public static final int DEFAULT_RESOLUTION_DPI = 300;
        public static final ColorMode DEFAULT_COLOR_MODE = ColorMode.COLOR;

        public ScannerOptions {
            if (!RESOLUTIONS_DPI.contains(resolutionDpi)) {
                throw new IllegalArgumentException("resolution must be 150, 200, 300 or 600 dpi, got " + resolutionDpi);
            }
            Objects.requireNonNull(colorMode, "colorMode");
        }
    }

    /** How a scanner captures pages. */
    enum ColorMode implements ConfigName {
        COLOR("color"), GRAYSCALE("grayscale");

        private final String configName;

        ColorMode(String configName) {
            this.configName = configName;
        }

        @Override
        public String configName() {
            return configName;
        }
    }
}
