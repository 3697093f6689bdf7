package org.onetrip.kiosk.receipt;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

import org.onetrip.devices.receipt.layout.MonoImage;

/**
 * The emblem at the head of every receipt, drawn in code so it needs no file: a ring
 * around a path that leads once from a start point to a finished tick.
 */
public final class ReceiptLogo {
    private ReceiptLogo() {
    }

    /** The emblem, {@code size} dots square (48..256). */
    public static MonoImage emblem(int size) {
        if (size < 48 || size > 256) {
            throw new IllegalArgumentException("logo size must be 48..256 dots, was " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(Color.BLACK);
            float ring = size / 14f;
            g.setStroke(new BasicStroke(ring));
            g.drawOval(Math.round(ring), Math.round(ring), Math.round(size - 2 * ring), Math.round(size - 2 * ring));
            g.setStroke(new BasicStroke(size / 10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D path = new Path2D.Float();
            path.moveTo(size * 0.28, size * 0.52);
            path.lineTo(size * 0.44, size * 0.68);
            path.lineTo(size * 0.74, size * 0.34);
            g.draw(path);
            g.fillOval(Math.round(size * 0.22f), Math.round(size * 0.46f), Math.round(size * 0.12f), Math.round(size * 0.12f));
        } finally {
            g.dispose();
        }
        return MonoImage.of(image, 128);
    }
}
