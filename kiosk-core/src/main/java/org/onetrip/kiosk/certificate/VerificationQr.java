package org.onetrip.kiosk.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The verification URL as a QR code of vector squares, crisp at any printer resolution. */
final class VerificationQr {

    private static final int QUIET_ZONE_MODULES = 4;

    private final BitMatrix modules;

    VerificationQr(URI url) {
        try {
            modules = new QRCodeWriter().encode(url.toString(), BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verification URL does not fit a QR code ("
                    + url.toString().length() + " characters)", e);
        }
    }

    /** Draws the code with its white quiet zone inside a square of {@code size} points whose lower left is (x, y). */
    void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_ZONE_MODULES);
        content.setNonStrokingColor(Color.WHITE);
        content.addRect(x, y, size, size);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        float left = x + QUIET_ZONE_MODULES * module;
        float top = y + size - QUIET_ZONE_MODULES * module;
        for (int row = 0; row < count; row++) {
            int col = 0;
            while (col < count) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < count && modules.get(col, row)) {
                    col++;
                }
                // a hair of overlap keeps renderers from leaving white seams between modules
                content.addRect(left + start * module, top - (row + 1) * module - 0.02f,
                        (col - start) * module + 0.02f, module + 0.02f);
            }
        }
        content.fill();
    }
}
