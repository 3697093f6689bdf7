package org.onetrip.devices.printer.diag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page A4 test page for the certificate printer: a title, the time and the printer
 * address, in Latin text with a standard PDF font (no font file needed), and a frame 10 mm
 * inside the page edge so a technician can see the printable area.
 */
public final class TestPage {
    public static final String TITLE = "OneTrip certificate printer test page";
    private static final float MM = 72f / 25.4f;

    private TestPage() {
    }

    /** The PDF bytes of the page. */
    public static byte[] pdf(ZonedDateTime printedAt, String printerUri) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float height = PDRectangle.A4.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(10 * MM, 10 * MM, PDRectangle.A4.getWidth() - 20 * MM, height - 20 * MM);
                content.stroke();
                line(content, bold, 20, 25 * MM, height - 40 * MM, TITLE);
                line(content, plain, 12, 25 * MM, height - 52 * MM,
                        "Printed " + printedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                line(content, plain, 12, 25 * MM, height - 60 * MM, "Printer " + latinOnly(printerUri));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the test page", e);
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The standard fonts cover Latin-1 only; anything else in an address is shown as '?'. */
    private static String latinOnly(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
        return out.toString();
    }
}
