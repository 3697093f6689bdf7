package org.onetrip.kiosk.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered certificate back the way a reviewer would: text per page, fonts, page images. */
final class RenderedPdf {

    /** A font as the PDF's font dictionary describes it. */
    record FontEntry(String baseFont, boolean embedded) {
    }

    private final byte[] pdf;

    RenderedPdf(byte[] pdf) {
        this.pdf = pdf;
    }

    static RenderedPdf of(RenderOutcome outcome) {
        if (!(outcome instanceof RenderOutcome.Rendered rendered)) {
            throw new AssertionError("expected a rendered certificate, got " + outcome);
        }
        return new RenderedPdf(rendered.certificate().pdf());
    }

    int pages() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    String text() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** Text of one page, counted from 1. */
    String pageText(int page) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(d);
        }
    }

    List<FontEntry> fonts() throws IOException {
        List<FontEntry> fonts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    boolean embedded = font instanceof PDType0Font type0
                            && type0.getDescendantFont().getFontDescriptor().getFontFile2() != null;
                    FontEntry entry = new FontEntry(font.getName(), embedded);
                    if (!fonts.contains(entry)) {
                        fonts.add(entry);
                    }
                }
            }
        }
        return fonts;
    }

    BufferedImage image(int page, float dpi) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFRenderer(d).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        }
    }
}
