package org.onetrip.devices.receipt.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text blocks out into printed lines: wraps by display width at the block's
 * magnification, pads two-column rows, draws rules. Codes and images are left to the
 * encoder; this gives the text a reader of the receipt would see, line by line.
 */
public final class ReceiptLines {
    private ReceiptLines() {
    }

    /** Cells available to a line of this style on this paper. */
    public static int columns(PaperWidth paper, TextStyle style) {
        return paper.columns() / style.widthScale();
    }

    /** The lines of a text block. */
    public static List<String> of(ReceiptBlock.Text text, PaperWidth paper) {
        return LineWrapper.wrap(text.text(), columns(paper, text.style()));
    }

    /** The lines of a two-column row: value right-aligned, wrapped under the label if needed. */
    public static List<String> of(ReceiptBlock.Columns row, PaperWidth paper) {
        int columns = columns(paper, row.style());
        // a row is one line: a line break in it is replaced like any other control character
        String label = PrintableText.of(row.label());
        String value = PrintableText.of(row.value());
        int labelWidth = DisplayWidth.of(label);
        int valueWidth = DisplayWidth.of(value);
        List<String> lines = new ArrayList<>();
        if (labelWidth + 1 + valueWidth <= columns) {
            lines.add(label + " ".repeat(columns - labelWidth - valueWidth) + value);
            return lines;
        }
        lines.addAll(LineWrapper.wrap(label, columns));
        for (String part : LineWrapper.wrap(value, columns - 2)) {
            lines.add(" ".repeat(columns - DisplayWidth.of(part)) + part);
        }
        return lines;
    }

    /** A rule across the paper. */
    public static String of(ReceiptBlock.Rule rule, PaperWidth paper) {
        return String.valueOf(rule.character()).repeat(paper.columns());
    }

    /**
     * The text lines of a whole document as printed, one entry per line of text; codes,
     * images and feeds give no text. Used to compare what was meant with what a printer made.
     */
    public static List<String> text(ReceiptDocument document) {
        List<String> lines = new ArrayList<>();
        for (ReceiptBlock block : document.printedBlocks()) {
            if (block instanceof ReceiptBlock.Text text) {
                lines.addAll(of(text, document.paper()));
            } else if (block instanceof ReceiptBlock.Columns row) {
                lines.addAll(of(row, document.paper()));
            } else if (block instanceof ReceiptBlock.Rule rule) {
                lines.add(of(rule, document.paper()));
            }
        }
        return lines;
    }
}
