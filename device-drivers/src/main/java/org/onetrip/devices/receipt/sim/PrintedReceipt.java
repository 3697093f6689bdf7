package org.onetrip.devices.receipt.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.MonoImage;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;

/**
 * What the simulated printer put on paper between two cuts.
 *
 * @param number   1 for the first receipt since the simulator started
 * @param paper    the roll
 * @param elements top to bottom
 * @param cut      whether it ended with a cut; false for a piece torn off after paper ran out
 */
public record PrintedReceipt(int number, PaperWidth paper, List<Element> elements, boolean cut) {
    public PrintedReceipt {
        Objects.requireNonNull(paper, "paper");
        elements = List.copyOf(elements);
    }

    /** One thing printed. */
    public sealed interface Element {
    }

    /** A run of text in one style. */
    public record Segment(String text, boolean emphasized, int widthScale, int heightScale, boolean inverted) {
    }

    /** One printed line of text. */
    public record TextRow(List<Segment> segments, Alignment alignment, int spacingDots) implements Element {
        public TextRow {
            segments = List.copyOf(segments);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }

        public int heightScale() {
            return segments.stream().mapToInt(Segment::heightScale).max().orElse(1);
        }
    }

    public record Qr(String data, int moduleDots, QrErrorCorrection errorCorrection, Alignment alignment) implements Element {
    }

    public record Barcode(String data, int moduleDots, int heightDots, boolean textBelow, Alignment alignment)
            implements Element {
    }

    public record Raster(MonoImage image, Alignment alignment) implements Element {
    }

    public record Blank(int dots) implements Element {
    }

    /** The lines of text on the receipt, in order; blank feeds give no line. */
    public List<String> textLines() {
        List<String> lines = new ArrayList<>();
        for (Element e : elements) {
            if (e instanceof TextRow row) {
                lines.add(row.text());
            }
        }
        return lines;
    }

    public List<Qr> qrCodes() {
        return elements.stream().filter(Qr.class::isInstance).map(Qr.class::cast).toList();
    }

    public List<Barcode> barcodes() {
        return elements.stream().filter(Barcode.class::isInstance).map(Barcode.class::cast).toList();
    }
}
