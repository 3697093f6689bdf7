package org.onetrip.devices.receipt.layout;

import java.util.Objects;

/** One element of a receipt, top to bottom. */
public sealed interface ReceiptBlock {

    /** Text that is wrapped to the paper width at its style's magnification. */
    record Text(String text, Alignment alignment, TextStyle style) implements ReceiptBlock {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(alignment, "alignment");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A label on the left and a value on the right; when both do not fit on one line the
     * value wraps under the label, indented.
     */
    record Columns(String label, String value, TextStyle style) implements ReceiptBlock {
        public Columns {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(style, "style");
        }
    }

    /** A full-width line made of one character, such as {@code -} or {@code =}. */
    record Rule(char character) implements ReceiptBlock {
        public Rule {
            if (character < 0x21 || character > 0x7E) {
                throw new IllegalArgumentException("a rule is drawn with a printable ASCII character, was U+"
                        + Integer.toHexString(character));
            }
        }
    }

    /** A QR code, centred. */
    record QrCode(String data, int moduleDots, QrErrorCorrection errorCorrection) implements ReceiptBlock {
        public QrCode {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(errorCorrection, "errorCorrection");
        }
    }

    /** A CODE128 barcode with its text under it, centred. */
    record Barcode(String data, int heightDots) implements ReceiptBlock {
        public Barcode {
            Objects.requireNonNull(data, "data");
        }
    }

    /** A raster image such as a logo. */
    record Image(MonoImage image, Alignment alignment) implements ReceiptBlock {
        public Image {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(alignment, "alignment");
        }
    }

    /** Blank paper, in text lines. */
    record Feed(int lines) implements ReceiptBlock {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("feed must be 1..255 lines, was " + lines);
            }
        }
    }
}
