package org.onetrip.kiosk.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onetrip.kiosk.certificate.BackendPdfVerdict.Accepted;
import org.onetrip.kiosk.certificate.BackendPdfVerdict.Reason;
import org.onetrip.kiosk.certificate.BackendPdfVerdict.Refused;

/**
 * Checks a signed PDF from the backend before it goes to the printer: it must be complete, parse,
 * be unencrypted, have 1 to {@code maxPages} pages (as many as the backend declared), and every
 * page must be the printer's paper size. A refused PDF is never printed, so it is never counted
 * as issued. The signature itself is verified where the PDF is received, not here.
 */
public final class BackendPdfCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The end marker must be in the last kilobyte, as readers expect. */
    private static final int END_WINDOW = 1024;
    private static final double POINTS_PER_MM = 72 / 25.4;

    private final BackendPdfLimits limits;

    public BackendPdfCheck(BackendPdfLimits limits) {
        this.limits = limits;
    }

    /** Checks a PDF without a declared page count. Parses the whole file: a few ms per page. */
    public BackendPdfVerdict check(byte[] pdf) {
        return check(pdf, OptionalInt.empty());
    }

    /**
     * Checks a PDF whose page count the backend declared ({@code pageCount} of {@code PdfCertificate}).
     *
     * @param declaredPages the page count the backend sent with it, if any
     */
    public BackendPdfVerdict check(byte[] pdf, OptionalInt declaredPages) {
        if (pdf == null || pdf.length == 0) {
            return new Refused(Reason.EMPTY, "the backend sent no bytes");
        }
        if (pdf.length > limits.maxBytes()) {
            return new Refused(Reason.TOO_LARGE, pdf.length + " bytes, the limit is " + limits.maxBytes());
        }
        if (!Arrays.equals(pdf, 0, Math.min(HEADER.length, pdf.length), HEADER, 0, HEADER.length)) {
            return new Refused(Reason.NOT_A_PDF, "the file does not start with %PDF-");
        }
        if (!endsWithEofMarker(pdf)) {
            return new Refused(Reason.DAMAGED, "no %%EOF in the last " + END_WINDOW + " bytes: the file is cut short");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return new Refused(Reason.ENCRYPTED, "the PDF is encrypted");
            }
            return checkPages(document, declaredPages);
        } catch (InvalidPasswordException e) {
            return new Refused(Reason.ENCRYPTED, "the PDF needs a password to open");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged structure with a variety of unchecked exceptions as well
            return new Refused(Reason.DAMAGED, "cannot be read: " + e.getMessage());
        }
    }

    private BackendPdfVerdict checkPages(PDDocument document, OptionalInt declaredPages) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            return new Refused(Reason.NO_PAGES, "the PDF has no pages");
        }
        if (pages > limits.maxPages()) {
            return new Refused(Reason.TOO_MANY_PAGES, pages + " pages, the limit is " + limits.maxPages());
        }
        if (declaredPages.isPresent() && declaredPages.getAsInt() != pages) {
            return new Refused(Reason.PAGE_COUNT_MISMATCH, pages + " pages, the backend declared "
                    + declaredPages.getAsInt());
        }
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PDRectangle box = page.getCropBox();
            if (!fitsPaper(box)) {
                return new Refused(Reason.WRONG_PAGE_SIZE, String.format(Locale.ROOT,
                        "page %d is %.0f x %.0f mm, the paper is %s (%d x %d mm)", number,
                        box.getWidth() / POINTS_PER_MM, box.getHeight() / POINTS_PER_MM, limits.pageSize().configName(),
                        limits.pageSize().widthMm(), limits.pageSize().heightMm()));
            }
        }
        // reading every page's text parses every content stream and font, as printing will
        new PDFTextStripper().getText(document);
        return new Accepted(pages);
    }

    private boolean fitsPaper(PDRectangle box) {
        double w = box.getWidth() / POINTS_PER_MM;
        double h = box.getHeight() / POINTS_PER_MM;
        double pw = limits.pageSize().widthMm();
        double ph = limits.pageSize().heightMm();
        double t = limits.toleranceMm();
        boolean portrait = Math.abs(w - pw) <= t && Math.abs(h - ph) <= t;
        boolean landscape = Math.abs(w - ph) <= t && Math.abs(h - pw) <= t;
        return portrait || landscape;
    }

    private static boolean endsWithEofMarker(byte[] pdf) {
        int from = Math.max(0, pdf.length - END_WINDOW);
        for (int i = pdf.length - END.length; i >= from; i--) {
            if (Arrays.equals(pdf, i, i + END.length, END, 0, END.length)) {
                return true;
            }
        }
        return false;
    }
}
