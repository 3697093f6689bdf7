package org.onetrip.backend.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.onetrip.backend.store.Digests;

/**
 * Writes small, valid PDF 1.7 files of plain text lines on A4 pages, without a PDF library.
 * Text uses the predefined CJK font STSong-Light with the UniGB-UCS2-H encoding, so Chinese
 * needs no embedded font: a reader supplies a matching Song face. Each page carries a footer
 * (the verification code). Nothing is compressed, which keeps the files easy to inspect.
 */
public final class SimplePdf {

    /** A line of text and its font size in points. */
    public record Line(String text, double size) {
        public static Line title(String text) {
            return new Line(text, 18);
        }

        public static Line body(String text) {
            return new Line(text, 10.5);
        }
    }

    private static final double PAGE_WIDTH = 595.28;
    private static final double PAGE_HEIGHT = 841.89;
    private static final double MARGIN = 56;
    private static final double FOOTER_SPACE = 28;
    private static final int FIRST_PAGE_OBJECT = 7;

    private SimplePdf() {
    }

    /** A rendered document and its page count. */
    public record Document(byte[] bytes, int pageCount) {
    }

    public static Document render(String title, List<Line> lines, String footer, Instant created) {
        List<List<Line>> pages = paginate(lines);
        Writer w = new Writer();
        w.raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        int objectCount = FIRST_PAGE_OBJECT - 1 + 2 * pages.size();
        w.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(FIRST_PAGE_OBJECT + 2 * i).append(" 0 R ");
        }
        w.object(2, "<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages.size() + " >>");
        w.object(3, "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
                + " /DescendantFonts [4 0 R] >>");
        w.object(4, "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >>"
                + " /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>");
        w.object(5, "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        String date = "D:" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(created.atOffset(ZoneOffset.UTC))
                + "Z";
        w.object(6, "<< /Title " + utf16Hex(title, true) + " /Producer (OneTrip reference approval backend)"
                + " /CreationDate (" + date + ") >>");
        for (int i = 0; i < pages.size(); i++) {
            int pageObject = FIRST_PAGE_OBJECT + 2 * i;
            byte[] content = pageContent(pages.get(i), footer + "  " + (i + 1) + "/" + pages.size())
                    .getBytes(StandardCharsets.US_ASCII);
            w.object(pageObject, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PAGE_WIDTH + " " + PAGE_HEIGHT
                    + "] /Resources << /Font << /F1 3 0 R >> >> /Contents " + (pageObject + 1) + " 0 R >>");
            w.stream(pageObject + 1, content);
        }
        String id = HexFormat.of().formatHex(Digests.sha256(w.bytes()), 0, 16);
        int xref = w.size();
        w.raw("xref\n0 " + (objectCount + 1) + "\n0000000000 65535 f \n");
        for (int n = 1; n <= objectCount; n++) {
            w.raw(String.format(Locale.ROOT, "%010d 00000 n \n", w.offsetOf(n)));
        }
        w.raw("trailer\n<< /Size " + (objectCount + 1) + " /Root 1 0 R /Info 6 0 R /ID [<" + id + "> <" + id
                + ">] >>\nstartxref\n" + xref + "\n%%EOF\n");
        return new Document(w.bytes(), pages.size());
    }

    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        double y = PAGE_HEIGHT - MARGIN;
        for (Line line : lines) {
            double height = line.size() * 1.6;
            if (y - height < MARGIN + FOOTER_SPACE && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = PAGE_HEIGHT - MARGIN;
            }
            page.add(line);
            y -= height;
        }
        pages.add(page);
        return pages;
    }

    private static String pageContent(List<Line> lines, String footer) {
        StringBuilder s = new StringBuilder();
        double y = PAGE_HEIGHT - MARGIN;
        for (Line line : lines) {
            y -= line.size() * 1.6;
            s.append(textAt(line.text(), line.size(), MARGIN, y));
        }
        s.append(textAt(footer, 9, MARGIN, MARGIN));
        return s.toString();
    }

    private static String textAt(String text, double size, double x, double y) {
        return String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET\n",
                size, x, y, utf16Hex(text, false));
    }

    /** A PDF hex string of UTF-16BE code units; text strings outside content streams carry a BOM. */
    private static String utf16Hex(String text, boolean withBom) {
        return "<" + (withBom ? "FEFF" : "")
                + HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE)) + ">";
    }

    /** Collects bytes and remembers where each object starts, for the cross-reference table. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        void raw(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        void object(int number, String body) {
            mark(number);
            raw(number + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int number, byte[] content) {
            mark(number);
            raw(number + " 0 obj\n<< /Length " + content.length + " >>\nstream\n");
            out.writeBytes(content);
            raw("\nendstream\nendobj\n");
        }

        private void mark(int number) {
            while (offsets.size() < number) {
                offsets.add(-1);
            }
            offsets.set(number - 1, out.size());
        }

        int offsetOf(int number) {
            return offsets.get(number - 1);
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
