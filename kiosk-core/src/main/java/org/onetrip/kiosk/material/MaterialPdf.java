package org.onetrip.kiosk.material;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Assembles a material's pages into one PDF: one page per scan, the scan's JPEG embedded as it is (no
 * decoding, no second compression), the PDF page as large as the scan's paper. A scan within a few
 * millimetres of A4 gets an exact A4 page, so that clerks' printers do not scale it.
 *
 * <p>PDFBox keeps its buffers in temporary files, not the heap, so a material of many pages needs no more
 * memory than one page's JPEG.
 */
public final class MaterialPdf {
    /** How far a scan may be from A4 and still be given an A4 page: scanners' regions are a few mm off. */
    static final float A4_TOLERANCE_PT = 10 * 72 / 25.4f;

    /**
     * Writes {@code pages} as a PDF to {@code target}, which appears only once complete.
     *
     * @return the size of the PDF in bytes
     * @throws IllegalArgumentException when there are no pages
     */
    public long write(List<MaterialPage> pages, Path target) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a material PDF needs at least one page");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            document.getDocumentInformation().setProducer("OneTrip kiosk");
            for (MaterialPage page : pages) {
                PDImageXObject image;
                try (InputStream in = Files.newInputStream(page.file())) {
                    image = JPEGFactory.createFromStream(document, in);
                }
                PDRectangle box = paper(page.widthPx() * 72f / page.dpi(), page.heightPx() * 72f / page.dpi());
                PDPage pdfPage = new PDPage(box);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            document.save(part.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(target);
    }

    static PDRectangle paper(float widthPt, float heightPt) {
        PDRectangle a4 = PDRectangle.A4;
        if (near(widthPt, a4.getWidth()) && near(heightPt, a4.getHeight())) {
            return a4;
        }
        if (near(widthPt, a4.getHeight()) && near(heightPt, a4.getWidth())) {
            return new PDRectangle(a4.getHeight(), a4.getWidth());
        }
        return new PDRectangle(widthPt, heightPt);
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= A4_TOLERANCE_PT;
    }
}
