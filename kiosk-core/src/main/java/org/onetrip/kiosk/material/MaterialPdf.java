package org.onetrip.kiosk.material;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.io.MemoryUsageSetting;
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
 * <p>PDFBox keeps its buffers in files under a scratch directory, not the heap, so a material of many pages
 * needs no more heap than one page's JPEG and the finished PDF; the kiosk's scratch is in memory, so no
 * clear copy is written to disk.
 */
public final class MaterialPdf {
    /** How far a scan may be from A4 and still be given an A4 page: scanners' regions are a few mm off. */
    static final float A4_TOLERANCE_PT = 10 * 72 / 25.4f;

    /** Reads a page's standard JPEG: the session spool opens its sealed file. */
    @FunctionalInterface
    public interface PageBytes {
        byte[] read(Path file) throws IOException;
    }

    /**
     * Makes {@code pages} into one PDF. PDFBox's buffers and the PDF itself are written only under
     * {@code scratch} (in memory where the kiosk has it, see {@link MaterialDesk#memoryScratch}) and deleted
     * before this returns.
     *
     * @param pageBytes opens each page's file
     * @return the PDF
     * @throws IllegalArgumentException when there are no pages
     */
    public byte[] write(List<MaterialPage> pages, PageBytes pageBytes, Path scratch) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a material PDF needs at least one page");
        }
        Files.createDirectories(scratch);
        Path part = scratch.resolve("material-" + UUID.randomUUID() + ".pdf.part");
        MemoryUsageSetting buffers = MemoryUsageSetting.setupTempFileOnly().setTempDir(scratch.toFile());
        try (PDDocument document = new PDDocument(buffers.streamCache)) {
            document.getDocumentInformation().setProducer("OneTrip kiosk");
            for (MaterialPage page : pages) {
                PDImageXObject image = JPEGFactory.createFromByteArray(document, pageBytes.read(page.file()));
                PDRectangle box = paper(page.widthPx() * 72f / page.dpi(), page.heightPx() * 72f / page.dpi());
                PDPage pdfPage = new PDPage(box);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            document.save(part.toFile());
            return Files.readAllBytes(part);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Writes {@code pages} (clear files) as a PDF to {@code target}, which appears only once complete. */
    public long write(List<MaterialPage> pages, Path target) throws IOException {
        byte[] pdf = write(pages, Files::readAllBytes, target.toAbsolutePath().getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.write(part, pdf);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return pdf.length;
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
