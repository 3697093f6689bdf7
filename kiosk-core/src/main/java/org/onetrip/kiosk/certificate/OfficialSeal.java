package org.onetrip.kiosk.certificate;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The issuing authority's round seal in vector form: a red ring, a five-pointed star, the
 * authority's name along the upper arc and the seal's purpose (证明专用章) under the star. It is
 * slightly transparent so that the authority line it overlaps stays legible.
 */
final class OfficialSeal {

    static final String PURPOSE = "证明专用章";

    private static final Color RED = new Color(214, 32, 38);
    private static final float OPACITY = 0.82f;
    private static final double BEZIER_CIRCLE = 0.5523;
    private static final double MAX_ARC = Math.toRadians(250);

    private OfficialSeal() {
    }

    static void draw(PDPageContentStream content, MixedFontText text, String authority, float cx, float cy,
                     float radius) throws IOException {
        content.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(OPACITY);
        translucent.setStrokingAlphaConstant(OPACITY);
        content.setGraphicsStateParameters(translucent);
        content.setStrokingColor(RED);
        content.setNonStrokingColor(RED);

        float ring = radius * 0.055f;
        content.setLineWidth(ring);
        circle(content, cx, cy, radius - ring / 2);
        content.stroke();

        star(content, cx, cy, radius * 0.27f);
        content.fill();

        arcText(content, text, authority, cx, cy, radius - ring * 2.2f, radius * 0.22f);
        text.showCentred(content, PURPOSE, cx, cy - radius * 0.58f, radius * 0.17f);
        content.restoreGraphicsState();
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = (float) (r * BEZIER_CIRCLE);
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    private static void star(PDPageContentStream content, float cx, float cy, float outer) throws IOException {
        float inner = outer * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float r = i % 2 == 0 ? outer : inner;
            float x = (float) (cx + r * Math.cos(angle));
            float y = (float) (cy + r * Math.sin(angle));
            if (i == 0) {
                content.moveTo(x, y);
            } else {
                content.lineTo(x, y);
            }
        }
        content.closePath();
    }

    /**
     * One character at a time, left to right over the top, each standing on the arc with its
     * top towards the ring; {@code outerRadius} is where the tops of the characters reach.
     */
    private static void arcText(PDPageContentStream content, MixedFontText text, String words, float cx, float cy,
                                float outerRadius, float size) throws IOException {
        int[] cps = MixedFontText.printable(words).strip().codePoints().toArray();
        float glyphSize = size;
        double baseRadius = outerRadius - glyphSize * 0.88;
        double step = glyphSize * 1.08 / baseRadius;
        if (step * cps.length > MAX_ARC) {
            step = MAX_ARC / cps.length;
            glyphSize = (float) Math.min(size, step * baseRadius / 1.08);
            baseRadius = outerRadius - glyphSize * 0.88;
        }
        double start = Math.PI / 2 + step * (cps.length - 1) / 2;
        for (int i = 0; i < cps.length; i++) {
            String glyph = new String(Character.toChars(cps[i]));
            double angle = start - i * step;
            float half = text.width(glyph, glyphSize) / 2;
            Matrix at = Matrix.getTranslateInstance(cx, cy);
            at.concatenate(Matrix.getRotateInstance(angle - Math.PI / 2, 0, 0));
            at.concatenate(Matrix.getTranslateInstance(-half, (float) baseRadius));
            text.show(content, glyph, at, glyphSize);
        }
    }
}
