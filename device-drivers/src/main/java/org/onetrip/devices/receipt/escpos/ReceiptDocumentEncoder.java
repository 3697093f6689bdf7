package org.onetrip.devices.receipt.escpos;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.ReceiptBlock;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.ReceiptLines;
import org.onetrip.devices.receipt.layout.TextStyle;

/** Turns a laid-out receipt into ESC/POS commands. Pure. */
public final class ReceiptDocumentEncoder {
    /** Dots fed after the last line so it clears the cutter. */
    static final int FEED_BEFORE_CUT_DOTS = 96;

    private ReceiptDocumentEncoder() {
    }

    public static EncodedReceipt encode(ReceiptDocument document) {
        EscPosEncoder e = new EscPosEncoder(document.paper()).initialize().chineseMode(true).defaultLineSpacing();
        for (ReceiptBlock block : document.printedBlocks()) {
            if (block instanceof ReceiptBlock.Text text) {
                style(e, text.alignment(), text.style());
                ReceiptLines.of(text, document.paper()).forEach(e::line);
                unstyle(e, text.style());
            } else if (block instanceof ReceiptBlock.Columns row) {
                style(e, Alignment.LEFT, row.style());
                ReceiptLines.of(row, document.paper()).forEach(e::line);
                unstyle(e, row.style());
            } else if (block instanceof ReceiptBlock.Rule rule) {
                e.align(Alignment.LEFT).line(ReceiptLines.of(rule, document.paper()));
            } else if (block instanceof ReceiptBlock.QrCode qr) {
                e.align(Alignment.CENTRE).qrCode(qr.data(), qr.moduleDots(), qr.errorCorrection());
            } else if (block instanceof ReceiptBlock.Barcode barcode) {
                e.align(Alignment.CENTRE).code128(barcode.data(), 2, barcode.heightDots(), HriPosition.BELOW);
            } else if (block instanceof ReceiptBlock.Image image) {
                e.align(image.alignment()).rasterImage(image.image());
            } else if (block instanceof ReceiptBlock.Feed feed) {
                e.feed(feed.lines());
            }
        }
        return e.align(Alignment.LEFT).feedAndCut(document.cut(), FEED_BEFORE_CUT_DOTS).build();
    }

    private static void style(EscPosEncoder e, Alignment alignment, TextStyle style) {
        e.align(alignment);
        if (style.emphasized()) {
            e.emphasis(true);
        }
        if (style.widthScale() != 1 || style.heightScale() != 1) {
            e.characterSize(style.widthScale(), style.heightScale());
        }
        if (style.inverted()) {
            e.inverted(true);
        }
    }

    private static void unstyle(EscPosEncoder e, TextStyle style) {
        if (style.emphasized()) {
            e.emphasis(false);
        }
        if (style.widthScale() != 1 || style.heightScale() != 1) {
            e.characterSize(1, 1);
        }
        if (style.inverted()) {
            e.inverted(false);
        }
    }
}
