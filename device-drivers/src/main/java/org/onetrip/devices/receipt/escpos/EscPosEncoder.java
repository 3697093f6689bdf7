package org.onetrip.devices.receipt.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.MonoImage;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;

import static org.onetrip.devices.receipt.escpos.EscPos.DLE;
import static org.onetrip.devices.receipt.escpos.EscPos.ENQ;
import static org.onetrip.devices.receipt.escpos.EscPos.EOT;
import static org.onetrip.devices.receipt.escpos.EscPos.ESC;
import static org.onetrip.devices.receipt.escpos.EscPos.FS;
import static org.onetrip.devices.receipt.escpos.EscPos.GS;
import static org.onetrip.devices.receipt.escpos.EscPos.LF;
import static org.onetrip.devices.receipt.escpos.EscPos.QR_CN;

/**
 * Writes ESC/POS commands for one receipt. Pure: no I/O. Every argument is checked when
 * the command is added, and a bad one is refused with the allowed range in the message.
 * Chinese text is sent as GB18030 inside the printer's Chinese mode ({@code FS &}).
 */
public final class EscPosEncoder {
    /** Chinese text goes to the printer in this encoding. */
    public static final Charset CHINESE = Charset.forName("GB18030");
    /** QR data larger than this is refused: several firmwares fail well below the standard's limit. */
    public static final int MAX_QR_BYTES = 700;

    private final PaperWidth paper;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final List<Integer> lineEnds = new ArrayList<>();
    private boolean chineseMode;
    private int cutEnd = -1;

    public EscPosEncoder(PaperWidth paper) {
        this.paper = Objects.requireNonNull(paper, "paper");
    }

    /** {@code ESC @}: back to power-on settings; also leaves Chinese mode. */
    public EscPosEncoder initialize() {
        chineseMode = false;
        return put(ESC, '@');
    }

    /** {@code ESC a n}. */
    public EscPosEncoder align(Alignment alignment) {
        return put(ESC, 'a', alignment.ordinal());
    }

    /** {@code ESC E n}. */
    public EscPosEncoder emphasis(boolean on) {
        return put(ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS B n}: white on black. */
    public EscPosEncoder inverted(boolean on) {
        return put(GS, 'B', on ? 1 : 0);
    }

    /** {@code GS ! n}: magnification 1..8 across and down. */
    public EscPosEncoder characterSize(int width, int height) {
        requireRange("character width", width, 1, 8);
        requireRange("character height", height, 1, 8);
        return put(GS, '!', (width - 1) << 4 | (height - 1));
    }

    /** {@code ESC 3 n}: line spacing in dots, 0..255. */
    public EscPosEncoder lineSpacing(int dots) {
        requireRange("line spacing", dots, 0, 255);
        return put(ESC, '3', dots);
    }

    /** {@code ESC 2}: the printer's default line spacing. */
    public EscPosEncoder defaultLineSpacing() {
        return put(ESC, '2');
    }

    /** {@code FS &} enters, {@code FS .} leaves Chinese mode (two-byte GB codes). */
    public EscPosEncoder chineseMode(boolean on) {
        chineseMode = on;
        return put(FS, on ? '&' : '.');
    }

    /**
     * Text without a line end. Non-ASCII text needs Chinese mode first; control characters
     * are refused because the printer would take them as commands (receipt layout has
     * already replaced them, see {@code PrintableText}).
     */
    public EscPosEncoder text(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException("text must not hold control characters (0x00..0x1F, 0x7F); found 0x"
                        + Integer.toHexString(c) + " at index " + i);
            }
            if (c >= 0x80 && c <= 0x9F) {
                throw new IllegalArgumentException("text must not hold C1 control characters (U+0080..U+009F); found U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
            if (c >= 0x80 && !chineseMode) {
                throw new IllegalStateException("non-ASCII text needs chineseMode(true) first; found U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        byte[] bytes = text.getBytes(chineseMode ? CHINESE : StandardCharsets.US_ASCII);
        out.writeBytes(bytes);
        return this;
    }

    /** {@code LF}: prints the buffered line and feeds one line. */
    public EscPosEncoder newline() {
        put(LF);
        lineEnds.add(out.size());
        return this;
    }

    /** Text then {@code LF}. */
    public EscPosEncoder line(String text) {
        return text(text).newline();
    }

    /** {@code ESC d n}: prints and feeds 1..255 lines. */
    public EscPosEncoder feed(int lines) {
        requireRange("feed", lines, 1, 255);
        put(ESC, 'd', lines);
        lineEnds.add(out.size());
        return this;
    }

    /**
     * A QR code, model 2, stored then printed with {@code GS ( k}: data as UTF-8 bytes,
     * 1..{@value #MAX_QR_BYTES} of them; module size 1..16 dots.
     */
    public EscPosEncoder qrCode(String data, int moduleDots, QrErrorCorrection errorCorrection) {
        Objects.requireNonNull(data, "data");
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        requireRange("QR data length in bytes", bytes.length, 1, MAX_QR_BYTES);
        requireRange("QR module size in dots", moduleDots, 1, 16);
        put(GS, '(', 'k', 4, 0, QR_CN, 'A', '2', 0);
        put(GS, '(', 'k', 3, 0, QR_CN, 'C', moduleDots);
        put(GS, '(', 'k', 3, 0, QR_CN, 'E', '0' + errorCorrection.ordinal());
        int storeLength = bytes.length + 3;
        put(GS, '(', 'k', storeLength & 0xFF, storeLength >> 8, QR_CN, 'P', '0');
        out.writeBytes(bytes);
        put(GS, '(', 'k', 3, 0, QR_CN, 'Q', '0');
        lineEnds.add(out.size());
        return this;
    }

    /**
     * A CODE128 barcode in code set B: printable ASCII, 1..253 characters; bar module
     * 2..6 dots; height 1..255 dots.
     */
    public EscPosEncoder code128(String data, int moduleDots, int heightDots, HriPosition hri) {
        Objects.requireNonNull(data, "data");
        requireRange("CODE128 data length", data.length(), 1, 253);
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("CODE128 data must be printable ASCII (0x20..0x7E); found 0x"
                        + Integer.toHexString(c) + " at index " + i);
            }
        }
        requireRange("barcode module width in dots", moduleDots, 2, 6);
        requireRange("barcode height in dots", heightDots, 1, 255);
        put(GS, 'H', hri.ordinal());
        put(GS, 'w', moduleDots);
        put(GS, 'h', heightDots);
        byte[] symbols = code128Symbols(data);
        if (symbols.length > 255) {
            throw new IllegalArgumentException("CODE128 data with code-set switches must be 1..255 bytes, was " + symbols.length);
        }
        put(GS, 'k', EscPos.CODE128, symbols.length);
        out.writeBytes(symbols);
        lineEnds.add(out.size());
        return this;
    }

    /** {@code GS v 0}: a raster image no wider than the paper. */
    public EscPosEncoder rasterImage(MonoImage image) {
        Objects.requireNonNull(image, "image");
        requireRange("image width in dots on " + paper.millimetres() + " mm paper", image.width(), 1, paper.dots());
        int x = image.bytesPerRow();
        int y = image.height();
        put(GS, 'v', '0', 0, x & 0xFF, x >> 8, y & 0xFF, y >> 8);
        out.writeBytes(image.rows());
        lineEnds.add(out.size());
        return this;
    }

    /** {@code GS V m}: cut here. */
    public EscPosEncoder cut(CutMode mode) {
        put(GS, 'V', mode == CutMode.FULL ? 0 : 1);
        cutEnd = out.size();
        return this;
    }

    /** {@code GS V m n}: feed n dots (0..255) to the cutter, then cut. */
    public EscPosEncoder feedAndCut(CutMode mode, int feedDots) {
        requireRange("feed before cut in dots", feedDots, 0, 255);
        put(GS, 'V', mode == CutMode.FULL ? 0x41 : 0x42, feedDots);
        cutEnd = out.size();
        return this;
    }

    /** {@code GS a n}: which changes the printer reports by itself (automatic status back). */
    public EscPosEncoder automaticStatusBack(boolean drawer, boolean onlineOffline, boolean errors, boolean paperSensor) {
        return put(GS, 'a', (drawer ? 1 : 0) | (onlineOffline ? 2 : 0) | (errors ? 4 : 0) | (paperSensor ? 8 : 0));
    }

    /** The commands so far. */
    public EncodedReceipt build() {
        return new EncodedReceipt(out.toByteArray(), lineEnds.stream().mapToInt(Integer::intValue).toArray(), cutEnd);
    }

    /** {@code DLE EOT n}: answered at once, even while the printer is offline. */
    public static byte[] statusRequest(StatusRequest request) {
        return new byte[] {DLE, EOT, (byte) request.n()};
    }

    /**
     * {@code DLE ENQ 2}: recover from an error and clear the receive and print buffers, so
     * what was sent but not printed is dropped rather than printed later.
     */
    public static byte[] recoverAndClearBuffers() {
        return new byte[] {DLE, ENQ, 2};
    }

    /**
     * {@code GS r 1}: the paper sensor status, answered in order after everything before it
     * was processed, and not answered while the printer is stopped. The driver uses it as
     * the printer's confirmation that the preceding lines printed.
     */
    public static byte[] paperSensorQuery() {
        return new byte[] {GS, 'r', 1};
    }

    /** {@code GS I n}: printer information (firmware 65, model 67), answered as {@code 5F ... 00}. */
    public static byte[] printerInfo(int n) {
        if (n != EscPos.INFO_FIRMWARE && n != EscPos.INFO_MODEL) {
            throw new IllegalArgumentException("GS I n must be 65 (firmware) or 67 (model), was " + n);
        }
        return new byte[] {GS, 'I', (byte) n};
    }

    /**
     * Code set B for the text, and code set C (two digits a byte) for a trailing run of at
     * least four digits, which makes a tracking number about a third narrower.
     */
    static byte[] code128Symbols(String data) {
        int digitsFrom = data.length();
        while (digitsFrom > 0 && Character.isDigit(data.charAt(digitsFrom - 1)) && data.charAt(digitsFrom - 1) < 0x80) {
            digitsFrom--;
        }
        if (data.length() - digitsFrom < 4) {
            digitsFrom = data.length();
        } else if ((data.length() - digitsFrom) % 2 != 0) {
            digitsFrom++;
        }
        ByteArrayOutputStream symbols = new ByteArrayOutputStream();
        if (digitsFrom > 0) {
            symbols.writeBytes("{B".getBytes(StandardCharsets.US_ASCII));
            symbols.writeBytes(data.substring(0, digitsFrom).replace("{", "{{").getBytes(StandardCharsets.US_ASCII));
        }
        if (digitsFrom < data.length()) {
            symbols.writeBytes("{C".getBytes(StandardCharsets.US_ASCII));
            for (int i = digitsFrom; i < data.length(); i += 2) {
                symbols.write((data.charAt(i) - '0') * 10 + (data.charAt(i + 1) - '0'));
            }
        }
        return symbols.toByteArray();
    }

    private EscPosEncoder put(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    private static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", was " + value);
        }
    }
}
