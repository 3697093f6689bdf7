package org.onetrip.kiosk.certificate;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The page background that a photocopier cannot reproduce: a guilloche of fine, light curves
 * (a rosette in the middle, wave bands at the top and bottom) and lines of micro-text that
 * repeat the verification code. The guilloche is drawn once per document as a form placed on
 * every page; the micro-text goes into each page itself.
 */
final class AntiCopyBackground {

    private static final Color RING = new Color(186, 222, 211);
    private static final Color ROSETTE = new Color(196, 212, 236);
    private static final Color WAVE = new Color(176, 200, 226);
    private static final Color MICRO = new Color(120, 120, 120);
    private static final float LINE_WIDTH = 0.25f;
    private static final float MICRO_SIZE = 2.2f;

    private AntiCopyBackground() {
    }

    /** The guilloche of a page of the given size, inside a frame at {@code inset} points, as a form to place on each page. */
    static PDFormXObject guilloche(PDDocument document, PDRectangle page, float inset) throws IOException {
        PDResources resources = new PDResources();
        Path path = new Path();
        path.width(LINE_WIDTH);
        float cx = page.getWidth() / 2;
        float cy = page.getHeight() / 2 - 20;
        path.colour(RING);
        ring(document, resources, path, cx, cy, new Ring(170, 24, 30, 30));
        path.colour(ROSETTE);
        ring(document, resources, path, cx, cy, new Ring(92, 30, 18, 20));
        ring(document, resources, path, cx, cy, new Ring(36, 16, 10, 12));
        path.colour(WAVE);
        waves(path, inset + 6, page.getWidth() - inset - 6, page.getHeight() - inset - 46, 34);
        waves(path, inset + 6, page.getWidth() - inset - 6, inset + 10, 34);
        return form(document, path, new PDRectangle(page.getWidth(), page.getHeight()), resources);
    }

    /**
     * A woven band around a circle: copies of one closed curve that swings {@code amplitude}
     * in and out {@code lobes} times, each copy turned a little further. The curve is stored
     * once and placed {@code copies} times, which keeps the file small.
     */
    private record Ring(float radius, float amplitude, int lobes, int copies) {
    }

    private static void ring(PDDocument document, PDResources resources, Path page, float cx, float cy, Ring ring)
            throws IOException {
        Path curve = new Path();
        int steps = ring.lobes() * 14;
        for (int i = 0; i <= steps; i++) {
            double t = 2 * Math.PI * i / steps;
            double r = ring.radius() + ring.amplitude() * Math.sin(ring.lobes() * t) * (0.8 + 0.2 * Math.cos(3 * t));
            curve.point(i == 0, r * Math.cos(t), r * Math.sin(t));
        }
        curve.stroke();
        float reach = ring.radius() + ring.amplitude() + 1;
        COSName name = resources.add(form(document, curve, new PDRectangle(-reach, -reach, 2 * reach, 2 * reach),
                new PDResources()));
        for (int k = 0; k < ring.copies(); k++) {
            page.place(name, 2 * Math.PI * k / ring.copies() / ring.lobes() * 3, cx, cy);
        }
    }

    /** PDFBox's form content stream writes uncompressed, so forms are written as operators and deflated here. */
    private static PDFormXObject form(PDDocument document, Path path, PDRectangle box, PDResources resources)
            throws IOException {
        PDStream stream = new PDStream(document, new ByteArrayInputStream(path.bytes()), COSName.FLATE_DECODE);
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(box);
        form.setResources(resources);
        return form;
    }

    /** A band of interlaced sine waves between two x positions, {@code height} high above {@code bottom}. */
    private static void waves(Path path, float left, float right, float bottom, float height) {
        int lines = 9;
        int steps = 160;
        for (int k = 0; k < lines; k++) {
            double phase = Math.PI * k / lines;
            for (int i = 0; i <= steps; i++) {
                double u = (double) i / steps;
                double x = left + (right - left) * u;
                double y = bottom + height / 2
                        + height / 2 * 0.9 * Math.sin(2 * Math.PI * 7 * u + phase) * Math.cos(Math.PI * u * 2 + phase / 2);
                path.point(i == 0, x, y);
            }
            path.stroke();
        }
    }

    /** PDF path operators with coordinates to a tenth of a point, which keeps the stream small. */
    private static final class Path {
        private final StringBuilder ops = new StringBuilder(256 * 1024);

        void width(float width) {
            ops.append(width).append(" w 1 j\n");
        }

        void colour(Color colour) {
            ops.append(String.format(Locale.ROOT, "%.3f %.3f %.3f RG%n", colour.getRed() / 255f,
                    colour.getGreen() / 255f, colour.getBlue() / 255f));
        }

        void point(boolean first, double x, double y) {
            ops.append(Math.round(x * 10) / 10.0).append(' ').append(Math.round(y * 10) / 10.0)
                    .append(first ? " m\n" : " l\n");
        }

        /** Draws a form turned by {@code angle} radians about its origin, which lands on (x, y). */
        void place(COSName form, double angle, double x, double y) {
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            ops.append(String.format(Locale.ROOT, "q %.5f %.5f %.5f %.5f %.2f %.2f cm /%s Do Q%n",
                    cos, sin, -sin, cos, x, y, form.getName()));
        }

        void stroke() {
            ops.append("S\n");
        }

        byte[] bytes() {
            return ops.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Lines of 2-point text along the top and the bottom, readable with a loupe, a grey smear on a copy. */
    static void microText(PDPageContentStream content, MixedFontText text, PDRectangle page, float inset,
                                  String code) throws IOException {
        String unit = "验证码" + code + " ONETRIP ";
        float across = page.getWidth() - 2 * inset - 16;
        content.setNonStrokingColor(MICRO);
        text.show(content, repeatTo(text, unit, across), inset + 8, page.getHeight() - inset - 6.5f, MICRO_SIZE);
        text.show(content, repeatTo(text, unit, across), inset + 8, inset + 4.8f, MICRO_SIZE);
    }

    private static String repeatTo(MixedFontText text, String unit, float width) throws IOException {
        int times = (int) (width / text.width(unit, MICRO_SIZE));
        return unit.repeat(Math.max(1, times));
    }

}
