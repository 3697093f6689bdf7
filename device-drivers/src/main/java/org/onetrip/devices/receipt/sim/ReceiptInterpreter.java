package org.onetrip.devices.receipt.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.MonoImage;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;

/**
 * The print engine of the simulated printer: executes parsed commands into printed
 * elements and hands over a {@link PrintedReceipt} at each cut. Pure apart from the
 * consumer it is given; answers to in-order queries go to {@link Replies}.
 */
public final class ReceiptInterpreter {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Default line spacing of font A, in dots. */
    static final int DEFAULT_SPACING = 30;
    static final int LINE_DOTS = 24;

    /** Answers the printer sends in order, after the commands before them ran. */
    public interface Replies {
        void paperSensor(int n);

        void printerInfo(int n);

        void automaticStatusBack(int n);
    }

    private final PaperWidth paper;
    private final Consumer<PrintedReceipt> output;
    private final Replies replies;
    private final EscPosParser parser = new EscPosParser();

    private final List<PrintedReceipt.Element> elements = new ArrayList<>();
    private final List<PrintedReceipt.Segment> segments = new ArrayList<>();
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private int receipts;
    private int alignment;
    private boolean emphasized;
    private boolean inverted;
    private int widthScale = 1;
    private int heightScale = 1;
    private int spacing = DEFAULT_SPACING;
    private boolean chinese;
    private int qrModule = 3;
    private int qrEcc = 48;
    private byte[] qrData = new byte[0];
    private int barcodeHri;
    private int barcodeModule = 3;
    private int barcodeHeight = 162;

    public ReceiptInterpreter(PaperWidth paper, Consumer<PrintedReceipt> output, Replies replies) {
        this.paper = paper;
        this.output = output;
        this.replies = replies;
    }

    /** Interprets a whole byte array, for tests and tools that need no faults. */
    public void accept(byte[] bytes) {
        for (byte b : bytes) {
            PrinterCommand c = parse(b & 0xFF);
            if (c != null) {
                execute(c);
            }
        }
    }

    PrinterCommand parse(int b) {
        return parser.accept(b);
    }

    /** Drops a half-read command and unprinted text, as clearing the buffers does. */
    void clearBuffers() {
        parser.reset();
        text.reset();
        segments.clear();
    }

    /** Whether something was printed since the last cut. */
    boolean hasUncutContent() {
        return !elements.isEmpty();
    }

    /** Ends the current piece without a cut (the paper ran out and was torn off). */
    void tearOff() {
        finish(false);
    }

    /** Print-moving commands other than the cut; used to count lines. */
    static boolean printsLine(PrinterCommand c) {
        return c.movesPaper() && !(c instanceof PrinterCommand.Cut);
    }

    void execute(PrinterCommand c) {
        if (c instanceof PrinterCommand.TextByte t) {
            text.write(t.value());
        } else if (c instanceof PrinterCommand.PrintLine) {
            flushSegment();
            if (segments.isEmpty()) {
                elements.add(new PrintedReceipt.Blank(spacing));
            } else {
                elements.add(new PrintedReceipt.TextRow(segments, alignmentOf(alignment), spacing));
                segments.clear();
            }
        } else if (c instanceof PrinterCommand.FeedLines f) {
            flushLineIfAny();
            elements.add(new PrintedReceipt.Blank(f.n() * spacing));
        } else if (c instanceof PrinterCommand.Initialize) {
            flushSegment();
            segments.clear();
            alignment = 0;
            emphasized = false;
            inverted = false;
            widthScale = 1;
            heightScale = 1;
            spacing = DEFAULT_SPACING;
            chinese = false;
        } else if (c instanceof PrinterCommand.Align a) {
            alignment = a.n();
        } else if (c instanceof PrinterCommand.Emphasis e) {
            flushSegment();
            emphasized = e.on();
        } else if (c instanceof PrinterCommand.Inverted i) {
            flushSegment();
            inverted = i.on();
        } else if (c instanceof PrinterCommand.CharacterSize s) {
            flushSegment();
            widthScale = s.width();
            heightScale = s.height();
        } else if (c instanceof PrinterCommand.PrintMode m) {
            flushSegment();
            emphasized = (m.n() & 0x08) != 0;
            heightScale = (m.n() & 0x10) != 0 ? 2 : 1;
            widthScale = (m.n() & 0x20) != 0 ? 2 : 1;
        } else if (c instanceof PrinterCommand.LineSpacing s) {
            spacing = s.dots() < 0 ? DEFAULT_SPACING : s.dots();
        } else if (c instanceof PrinterCommand.ChineseMode m) {
            flushSegment();
            chinese = m.on();
        } else if (c instanceof PrinterCommand.QrSetting q) {
            if (q.function() == 'C') {
                qrModule = q.value();
            } else if (q.function() == 'E') {
                qrEcc = q.value();
            }
        } else if (c instanceof PrinterCommand.QrStore s) {
            qrData = s.data();
        } else if (c instanceof PrinterCommand.QrPrint) {
            flushLineIfAny();
            QrErrorCorrection ecc = QrErrorCorrection.values()[Math.max(0, Math.min(3, qrEcc - 48))];
            elements.add(new PrintedReceipt.Qr(new String(qrData, StandardCharsets.UTF_8), qrModule, ecc, alignmentOf(alignment)));
        } else if (c instanceof PrinterCommand.BarcodeSetting s) {
            switch (s.command()) {
                case 'H' -> barcodeHri = s.value() % 48;
                case 'w' -> barcodeModule = s.value();
                default -> barcodeHeight = s.value();
            }
        } else if (c instanceof PrinterCommand.Barcode b) {
            flushLineIfAny();
            String data = b.system() == 73 ? code128Text(b.data()) : new String(b.data(), StandardCharsets.US_ASCII);
            elements.add(new PrintedReceipt.Barcode(data, barcodeModule, barcodeHeight, barcodeHri >= 2, alignmentOf(alignment)));
        } else if (c instanceof PrinterCommand.Raster r) {
            flushLineIfAny();
            int width = Math.min(paper.dots(), r.xBytes() * 8);
            byte[] rows = new byte[MonoImage.bytesPerRow(width) * r.height()];
            for (int y = 0; y < r.height(); y++) {
                System.arraycopy(r.data(), y * r.xBytes(), rows, y * MonoImage.bytesPerRow(width), MonoImage.bytesPerRow(width));
            }
            elements.add(new PrintedReceipt.Raster(new MonoImage(width, r.height(), rows), alignmentOf(alignment)));
        } else if (c instanceof PrinterCommand.Cut cut) {
            flushLineIfAny();
            if (cut.feedDots() > 0) {
                elements.add(new PrintedReceipt.Blank(cut.feedDots()));
            }
            finish(true);
        } else if (c instanceof PrinterCommand.PaperSensorQuery q) {
            replies.paperSensor(q.n());
        } else if (c instanceof PrinterCommand.PrinterInfo i) {
            replies.printerInfo(i.n());
        } else if (c instanceof PrinterCommand.EnableAsb a) {
            replies.automaticStatusBack(a.n());
        }
    }

    private void finish(boolean cut) {
        flushSegment();
        segments.clear();
        receipts++;
        PrintedReceipt receipt = new PrintedReceipt(receipts, paper, elements, cut);
        elements.clear();
        output.accept(receipt);
    }

    /** A printer prints buffered text before a code or image, as if LF came first. */
    private void flushLineIfAny() {
        flushSegment();
        if (!segments.isEmpty()) {
            elements.add(new PrintedReceipt.TextRow(segments, alignmentOf(alignment), spacing));
            segments.clear();
        }
    }

    private void flushSegment() {
        if (text.size() == 0) {
            return;
        }
        String s = new String(text.toByteArray(), chinese ? GB18030 : StandardCharsets.ISO_8859_1);
        text.reset();
        segments.add(new PrintedReceipt.Segment(s, emphasized, widthScale, heightScale, inverted));
    }

    private static Alignment alignmentOf(int n) {
        return Alignment.values()[Math.max(0, Math.min(2, n))];
    }

    /** The text of CODE128 symbols with {@code {A}/{@code {B}/{@code {C} code-set switches. */
    static String code128Text(byte[] data) {
        StringBuilder sb = new StringBuilder();
        char set = 'B';
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b == '{' && i + 1 < data.length) {
                int next = data[i + 1] & 0xFF;
                i++;
                if (next == 'A' || next == 'B' || next == 'C') {
                    set = (char) next;
                } else if (next == '{') {
                    sb.append('{');
                }
                continue;
            }
            if (set == 'C') {
                sb.append(b / 10).append(b % 10);
            } else {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
