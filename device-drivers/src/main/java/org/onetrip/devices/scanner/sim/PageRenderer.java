package org.onetrip.devices.scanner.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.PixelDensity;
import org.apache.commons.imaging.formats.png.PngImageParser;
import org.apache.commons.imaging.formats.png.PngImagingParameters;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.image.JpegEncoder;

/**
 * Draws the simulated scanner's pages with Java2D, the way a scanner would deliver them: A4 at the
 * requested resolution and colour mode, as JPEG (with its resolution in JFIF) or PNG (in pHYs). Each
 * kind of page is drawn once per setting and kept, so a feeder of fifty pages costs one drawing.
 */
public final class PageRenderer {
    private static final String CJK_FAMILY = "WenQuanYi Zen Hei";
    private static final Color PAPER = new Color(250, 249, 245);
    private static final Color INK = new Color(28, 28, 32);
    private static final Color STAMP = new Color(208, 32, 36);
    private static final double SKEW_DEGREES = 3.5;
    /** A copier set far too dark keeps about a quarter of the light: white paper comes out near 65 of 255. */
    private static final double DARK_FACTOR = 0.26;

    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();
    private final JpegEncoder jpeg = new JpegEncoder(0.85f);

    /** The page file for {@code page} scanned with {@code request}'s resolution, colour mode and format. */
    public byte[] render(SimulatedPage page, ScanRequest request) {
        String key = page + "/" + request.resolutionDpi() + "/" + request.colorMode() + "/" + request.format();
        return drawn.computeIfAbsent(key, k -> draw(page, request));
    }

    private byte[] draw(SimulatedPage page, ScanRequest request) {
        if (page == SimulatedPage.CORRUPT) {
            byte[] whole = render(SimulatedPage.DOCUMENT, ScanRequest.jpeg(request.source(), request.resolutionDpi(),
                    request.colorMode()));
            return Arrays.copyOf(whole, whole.length * 2 / 5);
        }
        BufferedImage image = image(page, request.resolutionDpi(), request.colorMode());
        return ScanRequest.PNG.equals(request.format()) ? png(image, request.resolutionDpi()) : jpeg(image, request.resolutionDpi());
    }

    /** The page as an image, before it is encoded. */
    public BufferedImage image(SimulatedPage page, int dpi, ScanColorMode mode) {
        int width = (int) Math.round(210 / 25.4 * dpi);
        int height = (int) Math.round(297 / 25.4 * dpi);
        int type = mode == ScanColorMode.COLOR ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, width, height);
            switch (page) {
                case BLANK -> noise(image, 2.0, 11);
                case DOCUMENT -> document(g, dpi);
                case SKEWED -> {
                    g.rotate(Math.toRadians(SKEW_DEGREES), width / 2.0, height / 2.0);
                    document(g, dpi);
                }
                case DARK -> {
                    document(g, dpi);
                    darken(image, DARK_FACTOR);
                }
                default -> throw new IllegalArgumentException("no image for " + page);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void document(Graphics2D g, int dpi) {
        double mm = dpi / 25.4;
        Font base = new Font(CJK_FAMILY, Font.PLAIN, 10);
        boolean cjk = base.canDisplay('租');
        Font title = font(cjk, Font.BOLD, 20, dpi);
        Font body = font(cjk, Font.PLAIN, 10.5, dpi);
        Font small = font(cjk, Font.PLAIN, 9, dpi);
        g.setColor(INK);
        g.setFont(title);
        String heading = cjk ? "房屋租赁合同" : "Residential Lease Agreement";
        int headingWidth = g.getFontMetrics().stringWidth(heading);
        g.drawString(heading, (int) (105 * mm - headingWidth / 2.0), (int) (32 * mm));
        g.setFont(small);
        g.drawString(cjk ? "合同编号：ZL-2026-0417-0093" : "Contract no. ZL-2026-0417-0093", (int) (140 * mm), (int) (42 * mm));
        g.setFont(body);
        String[] lines = cjk ? new String[] {
            "出租方（甲方）：北京市东城区景山前街房屋管理有限公司",
            "承租方（乙方）：张某某",
            "甲乙双方根据《中华人民共和国民法典》及有关规定，在平等、自愿、协商一致的基础上，",
            "就乙方承租甲方房屋一事，订立本合同，共同遵守。",
            "第一条  房屋坐落于北京市东城区某街道某号院3号楼2单元501室，建筑面积78.6平方米。",
            "第二条  租赁期限自2026年5月1日起至2028年4月30日止，共计二十四个月。",
            "第三条  月租金人民币伍仟捌佰元整（¥5,800.00），按季度支付，先付后用。",
            "第四条  乙方应按时缴纳水、电、燃气、物业等费用，并爱护房屋及设施。",
            "第五条  租赁期满乙方需续租的，应提前三十日书面通知甲方。",
        } : new String[] {
            "Landlord (Party A): Jingshan Housing Management Co., Ltd.",
            "Tenant (Party B): Mr Zhang",
            "Under the Civil Code and related rules, both parties agree on the lease below,",
            "freely and in good faith, and will abide by it.",
            "Art. 1  The flat is at Bldg 3, Unit 2, Room 501, 78.6 square metres.",
            "Art. 2  The term runs from 1 May 2026 to 30 April 2028, twenty-four months.",
            "Art. 3  Monthly rent RMB 5,800.00, paid quarterly in advance.",
            "Art. 4  Party B pays water, power, gas and property fees on time.",
            "Art. 5  To renew, Party B gives written notice thirty days before the end.",
        };
        double y = 56;
        for (String line : lines) {
            g.drawString(line, (int) (22 * mm), (int) (y * mm));
            y += 8;
        }
        table(g, mm, y + 4, cjk);
        // signatures
        g.setFont(body);
        g.drawString(cjk ? "甲方（盖章）：" : "Party A (seal):", (int) (22 * mm), (int) (228 * mm));
        g.drawString(cjk ? "乙方（签字）：" : "Party B (signature):", (int) (118 * mm), (int) (228 * mm));
        g.setStroke(new BasicStroke((float) (0.5 * mm)));
        Path2D signature = new Path2D.Double();
        signature.moveTo(150 * mm, 232 * mm);
        signature.curveTo(156 * mm, 218 * mm, 160 * mm, 240 * mm, 166 * mm, 226 * mm);
        signature.curveTo(170 * mm, 218 * mm, 174 * mm, 236 * mm, 184 * mm, 228 * mm);
        g.draw(signature);
        g.setFont(small);
        g.drawString(cjk ? "签订日期：2026年4月17日" : "Signed on 17 April 2026", (int) (118 * mm), (int) (246 * mm));
        stamp(g, mm, 58, 232, cjk);
        g.setFont(small);
        g.setColor(INK);
        g.drawString(cjk ? "第 1 页  共 1 页" : "Page 1 of 1", (int) (96 * mm), (int) (285 * mm));
    }

    private static void table(Graphics2D g, double mm, double top, boolean cjk) {
        String[][] rows = cjk ? new String[][] {
            {"项目", "数量", "单价（元）", "金额（元）"},
            {"押金", "1", "5,800.00", "5,800.00"},
            {"首季租金", "3", "5,800.00", "17,400.00"},
            {"物业费", "3", "312.00", "936.00"},
            {"合计", "", "", "24,136.00"},
        } : new String[][] {
            {"Item", "Qty", "Unit (RMB)", "Amount (RMB)"},
            {"Deposit", "1", "5,800.00", "5,800.00"},
            {"First quarter", "3", "5,800.00", "17,400.00"},
            {"Property fee", "3", "312.00", "936.00"},
            {"Total", "", "", "24,136.00"},
        };
        double[] columns = {22, 72, 102, 142, 188};
        double rowHeight = 9;
        g.setStroke(new BasicStroke((float) (0.3 * mm)));
        for (int r = 0; r <= rows.length; r++) {
            int y = (int) ((top + r * rowHeight) * mm);
            g.drawLine((int) (columns[0] * mm), y, (int) (columns[columns.length - 1] * mm), y);
        }
        for (double x : columns) {
            g.drawLine((int) (x * mm), (int) (top * mm), (int) (x * mm), (int) ((top + rows.length * rowHeight) * mm));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                g.drawString(rows[r][c], (int) ((columns[c] + 2.5) * mm), (int) ((top + r * rowHeight + 6.2) * mm));
            }
        }
    }

    private static void stamp(Graphics2D g, double mm, double cx, double cy, boolean cjk) {
        double r = 20;
        g.setColor(new Color(STAMP.getRed(), STAMP.getGreen(), STAMP.getBlue(), 200));
        g.setStroke(new BasicStroke((float) (1.2 * mm)));
        g.draw(new Ellipse2D.Double((cx - r) * mm, (cy - r) * mm, 2 * r * mm, 2 * r * mm));
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = (i % 2 == 0 ? 6 : 2.4) * mm;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx * mm + radius * Math.cos(angle);
            double y = cy * mm + radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        String text = cjk ? "房屋管理有限公司合同专用章" : "JINGSHAN HOUSING CONTRACT SEAL";
        Font font = g.getFont().deriveFont(Font.BOLD, (float) (3.6 * mm));
        g.setFont(font);
        double arc = Math.toRadians(220);
        double start = Math.toRadians(-200);
        AffineTransform saved = g.getTransform();
        for (int i = 0; i < text.length(); i++) {
            double angle = start + arc * i / Math.max(1, text.length() - 1);
            AffineTransform at = new AffineTransform(saved);
            at.translate(cx * mm + (r - 5.5) * mm * Math.cos(angle), cy * mm + (r - 5.5) * mm * Math.sin(angle));
            at.rotate(angle + Math.PI / 2);
            g.setTransform(at);
            String ch = text.substring(i, i + 1);
            g.drawString(ch, -g.getFontMetrics().stringWidth(ch) / 2, 0);
        }
        g.setTransform(saved);
    }

    private static Font font(boolean cjk, int style, double points, int dpi) {
        float pixels = (float) (points * dpi / 72.0);
        return new Font(cjk ? CJK_FAMILY : Font.SANS_SERIF, style, 1).deriveFont(pixels);
    }

    /** Adds the grain of real paper and sensor noise, so that a blank page is not perfectly flat. */
    private static void noise(BufferedImage image, double sigma, long seed) {
        Random random = new Random(seed);
        WritableRaster raster = image.getRaster();
        int bands = raster.getNumBands();
        int[] row = new int[image.getWidth() * bands];
        for (int y = 0; y < image.getHeight(); y++) {
            raster.getPixels(0, y, image.getWidth(), 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.max(0, Math.min(255, row[i] + (int) Math.round(random.nextGaussian() * sigma)));
            }
            raster.setPixels(0, y, image.getWidth(), 1, row);
        }
    }

    private static void darken(BufferedImage image, double factor) {
        WritableRaster raster = image.getRaster();
        int[] row = new int[image.getWidth() * raster.getNumBands()];
        for (int y = 0; y < image.getHeight(); y++) {
            raster.getPixels(0, y, image.getWidth(), 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = (int) Math.round(row[i] * factor);
            }
            raster.setPixels(0, y, image.getWidth(), 1, row);
        }
    }

    private byte[] jpeg(BufferedImage image, int dpi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            jpeg.write(image, dpi, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image, int dpi) {
        PngImagingParameters params = new PngImagingParameters();
        params.setPixelDensity(PixelDensity.createFromPixelsPerInch(dpi, dpi));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PngImageParser().writeImage(image, out, params);
        } catch (ImagingException e) {
            throw new IllegalStateException("cannot write a PNG page: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
