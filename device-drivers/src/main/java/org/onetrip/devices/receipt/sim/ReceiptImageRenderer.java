package org.onetrip.devices.receipt.sim;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.DisplayWidth;
import org.onetrip.devices.receipt.layout.MonoImage;
import org.onetrip.devices.receipt.sim.PrintedReceipt.Barcode;
import org.onetrip.devices.receipt.sim.PrintedReceipt.Blank;
import org.onetrip.devices.receipt.sim.PrintedReceipt.Element;
import org.onetrip.devices.receipt.sim.PrintedReceipt.Qr;
import org.onetrip.devices.receipt.sim.PrintedReceipt.Raster;
import org.onetrip.devices.receipt.sim.PrintedReceipt.Segment;
import org.onetrip.devices.receipt.sim.PrintedReceipt.TextRow;

/**
 * Draws a printed receipt the way a 203 dpi thermal head would: one bit per dot, the
 * paper's printable width in dots, text in 12 x 24 cells (Chinese 24 x 24) with the
 * printer's magnification, QR modules and CODE128 bars at their dot sizes.
 */
public final class ReceiptImageRenderer {
    /** Where Debian's fonts-wqy-zenhei puts its font collection. */
    public static final Path WQY_ZEN_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final int MARGIN = 16;
    private static final int CELL_HEIGHT = 24;

    private final Font font;

    public ReceiptImageRenderer(Font font) {
        this.font = font.deriveFont(Font.PLAIN, 22f);
    }

    /** A renderer with WenQuanYi Zen Hei; fails with the package to install when it is missing. */
    public static ReceiptImageRenderer withCjkFont(Path fontFile) {
        if (!Files.isRegularFile(fontFile)) {
            throw new IllegalStateException("CJK font " + fontFile + " is missing: install the Debian package fonts-wqy-zenhei");
        }
        try {
            Font[] fonts = Font.createFonts(fontFile.toFile());
            return new ReceiptImageRenderer(fonts[0]);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load CJK font " + fontFile + ": " + e.getMessage(), e);
        }
    }

    public BufferedImage render(PrintedReceipt receipt) {
        int width = receipt.paper().dots();
        int height = MARGIN * 2;
        for (Element e : receipt.elements()) {
            height += heightOf(e, receipt);
        }
        BufferedImage image = new BufferedImage(width, Math.max(height, 1), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, image.getHeight());
            int y = MARGIN;
            for (Element e : receipt.elements()) {
                draw(g, e, y, receipt);
                y += heightOf(e, receipt);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(PrintedReceipt receipt, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(render(receipt), "png", file.toFile());
    }

    private int heightOf(Element e, PrintedReceipt receipt) {
        if (e instanceof TextRow row) {
            return Math.max(row.spacingDots(), CELL_HEIGHT * row.heightScale() + 6);
        }
        if (e instanceof Blank b) {
            return b.dots();
        }
        if (e instanceof Qr qr) {
            return qrMatrix(qr).getHeight() * qr.moduleDots() + 8;
        }
        if (e instanceof Barcode b) {
            return b.heightDots() + (b.textBelow() ? CELL_HEIGHT + 4 : 0) + 8;
        }
        if (e instanceof Raster r) {
            return r.image().height();
        }
        return 0;
    }

    private void draw(Graphics2D g, Element e, int y, PrintedReceipt receipt) {
        int paperDots = receipt.paper().dots();
        int cell = receipt.paper().dotsPerColumn();
        if (e instanceof TextRow row) {
            drawText(g, row, y, paperDots, cell);
        } else if (e instanceof Qr qr) {
            ByteMatrix m = qrMatrix(qr);
            int size = m.getWidth() * qr.moduleDots();
            int x0 = place(qr.alignment(), size, paperDots);
            g.setColor(Color.BLACK);
            for (int my = 0; my < m.getHeight(); my++) {
                for (int mx = 0; mx < m.getWidth(); mx++) {
                    if (m.get(mx, my) == 1) {
                        g.fillRect(x0 + mx * qr.moduleDots(), y + my * qr.moduleDots(), qr.moduleDots(), qr.moduleDots());
                    }
                }
            }
        } else if (e instanceof Barcode b) {
            boolean[] bars = new Code128Writer().encode(b.data());
            int size = bars.length * b.moduleDots();
            int x0 = place(b.alignment(), size, paperDots);
            g.setColor(Color.BLACK);
            for (int i = 0; i < bars.length; i++) {
                if (bars[i]) {
                    g.fillRect(x0 + i * b.moduleDots(), y + 4, b.moduleDots(), b.heightDots());
                }
            }
            if (b.textBelow()) {
                Segment s = new Segment(b.data(), false, 1, 1, false);
                TextRow hri = new TextRow(java.util.List.of(s), b.alignment(), CELL_HEIGHT);
                drawText(g, hri, y + 8 + b.heightDots(), paperDots, cell);
            }
        } else if (e instanceof Raster r) {
            MonoImage img = r.image();
            int x0 = place(r.alignment(), img.width(), paperDots);
            g.setColor(Color.BLACK);
            for (int iy = 0; iy < img.height(); iy++) {
                for (int ix = 0; ix < img.width(); ix++) {
                    if (img.black(ix, iy)) {
                        g.fillRect(x0 + ix, y + iy, 1, 1);
                    }
                }
            }
        }
    }

    private void drawText(Graphics2D g, TextRow row, int y, int paperDots, int cell) {
        int lineWidth = 0;
        for (Segment s : row.segments()) {
            lineWidth += DisplayWidth.of(s.text()) * cell * s.widthScale();
        }
        int x = place(row.alignment(), Math.min(lineWidth, paperDots), paperDots);
        int rowHeight = CELL_HEIGHT * row.heightScale();
        for (Segment s : row.segments()) {
            int segWidth = DisplayWidth.of(s.text()) * cell * s.widthScale();
            if (s.inverted()) {
                g.setColor(Color.BLACK);
                g.fillRect(x, y, segWidth, rowHeight + 2);
            }
            g.setColor(s.inverted() ? Color.WHITE : Color.BLACK);
            int[] cps = s.text().codePoints().toArray();
            for (int cp : cps) {
                int cells = DisplayWidth.of(cp);
                int w = cells * cell * s.widthScale();
                if (cp != ' ' && cells > 0) {
                    drawGlyph(g, cp, x, y + rowHeight - CELL_HEIGHT * s.heightScale(), cells * cell, s);
                }
                x += w;
            }
        }
    }

    private void drawGlyph(Graphics2D g, int cp, int x, int y, int cellWidth, Segment s) {
        String glyph = new String(Character.toChars(cp));
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s.widthScale(), s.heightScale());
        g.setFont(font);
        int advance = g.getFontMetrics().stringWidth(glyph);
        int gx = Math.max(0, (cellWidth - advance) / 2);
        int baseline = CELL_HEIGHT - 4;
        g.drawString(glyph, gx, baseline);
        if (s.emphasized()) {
            g.drawString(glyph, gx + 1, baseline);
        }
        g.setTransform(saved);
    }

    private static int place(Alignment alignment, int size, int paperDots) {
        return switch (alignment) {
            case LEFT -> 0;
            case CENTRE -> Math.max(0, (paperDots - size) / 2);
            case RIGHT -> Math.max(0, paperDots - size);
        };
    }

    private static ByteMatrix qrMatrix(Qr qr) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        ErrorCorrectionLevel level = switch (qr.errorCorrection()) {
            case L -> ErrorCorrectionLevel.L;
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
            case H -> ErrorCorrectionLevel.H;
        };
        try {
            return Encoder.encode(qr.data(), level, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("the printer cannot make a QR code of " + qr.data().length() + " characters", e);
        }
    }
}
