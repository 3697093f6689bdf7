package org.onetrip.kiosk.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Page 1 of a certificate as an image for the screen, before the citizen confirms printing. */
public final class CertificatePreview {

    /** Lowest and highest resolution accepted, in dots per inch. */
    public static final float MIN_DPI = 36;
    public static final float MAX_DPI = 300;

    private final float dpi;

    /** @param dpi resolution of the image, {@value #MIN_DPI} to {@value #MAX_DPI} dots per inch; 96 suits a kiosk screen */
    public CertificatePreview(float dpi) {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("preview resolution must be " + MIN_DPI + " to " + MAX_DPI
                    + " dpi, got " + dpi);
        }
        this.dpi = dpi;
    }

    /**
     * Renders page 1 in RGB; an A4 page at 96 dpi is 793 x 1122 pixels (PDFBox rounds down). Blocks for the render,
     * about 100 to 300 ms.
     *
     * @throws CertificateDocumentException if the bytes are not a readable PDF
     */
    public BufferedImage firstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new CertificateDocumentException("cannot render the preview of a " + pdf.length + "-byte PDF", e);
        }
    }
}
