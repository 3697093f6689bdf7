package org.onetrip.devices.receipt.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A receipt as a list of blocks, laid out for one paper width and ended by a cut.
 *
 * @param paper   the roll it is laid out for
 * @param blocks  what is printed, top to bottom
 * @param cut     how the roll is cut after the last block
 * @param reprint whether a "补打 REPRINT" banner heads the receipt: it was printed, at least
 *                in part, before
 */
public record ReceiptDocument(PaperWidth paper, List<ReceiptBlock> blocks, CutMode cut, boolean reprint) {
    /** The banner on every receipt printed a second time. */
    public static final String REPRINT_BANNER = "补打 REPRINT";

    public ReceiptDocument {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(cut, "cut");
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a receipt needs at least one block");
        }
    }

    /** The same receipt with the reprint banner; itself when it already has one. */
    public ReceiptDocument asReprint() {
        return reprint ? this : new ReceiptDocument(paper, blocks, cut, true);
    }

    /** The blocks as printed, the reprint banner first when there is one. */
    public List<ReceiptBlock> printedBlocks() {
        if (!reprint) {
            return blocks;
        }
        List<ReceiptBlock> all = new ArrayList<>();
        all.add(new ReceiptBlock.Text(REPRINT_BANNER, Alignment.CENTRE, TextStyle.BANNER));
        all.addAll(blocks);
        return all;
    }

    public static Builder builder(PaperWidth paper) {
        return new Builder(paper);
    }

    /** Collects blocks in order; each argument is checked when it is added. */
    public static final class Builder {
        private final PaperWidth paper;
        private final List<ReceiptBlock> blocks = new ArrayList<>();
        private CutMode cut = CutMode.PARTIAL;
        private boolean reprint;

        private Builder(PaperWidth paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
        }

        public Builder text(String text) {
            return add(new ReceiptBlock.Text(text, Alignment.LEFT, TextStyle.NORMAL));
        }

        public Builder text(String text, Alignment alignment, TextStyle style) {
            return add(new ReceiptBlock.Text(text, alignment, style));
        }

        public Builder columns(String label, String value) {
            return add(new ReceiptBlock.Columns(label, value, TextStyle.NORMAL));
        }

        public Builder columns(String label, String value, TextStyle style) {
            return add(new ReceiptBlock.Columns(label, value, style));
        }

        public Builder rule(char character) {
            return add(new ReceiptBlock.Rule(character));
        }

        public Builder qrCode(String data, int moduleDots, QrErrorCorrection errorCorrection) {
            return add(new ReceiptBlock.QrCode(data, moduleDots, errorCorrection));
        }

        public Builder barcode(String data, int heightDots) {
            return add(new ReceiptBlock.Barcode(data, heightDots));
        }

        public Builder image(MonoImage image, Alignment alignment) {
            if (image.width() > paper.dots()) {
                throw new IllegalArgumentException("image is " + image.width() + " dots wide; "
                        + paper.millimetres() + " mm paper holds 1.." + paper.dots());
            }
            return add(new ReceiptBlock.Image(image, alignment));
        }

        public Builder feed(int lines) {
            return add(new ReceiptBlock.Feed(lines));
        }

        public Builder cut(CutMode mode) {
            this.cut = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder reprint(boolean reprint) {
            this.reprint = reprint;
            return this;
        }

        public Builder add(ReceiptBlock block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public ReceiptDocument build() {
            return new ReceiptDocument(paper, blocks, cut, reprint);
        }
    }
}
