package org.onetrip.kiosk.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays one certificate out on A4 pages: the full heading on page 1, a short one (title, holder,
 * code) on the following pages, the holder and fields as a ruled form, the table flowing across
 * pages under a repeated header row, notes, then the authority and date under the seal. Every
 * page carries the anti-copy background, the QR code, how to verify, and "page X of Y".
 * One instance composes one document.
 */
final class CertificateComposer {

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float FRAME_INSET = 28;
    private static final float LEFT = 62;
    private static final float RIGHT = W - 62;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float BODY_BOTTOM = 146;
    private static final float QR_SIZE = 74;
    private static final float QR_BOTTOM = 56;

    private static final float FIELD_SIZE = 11;
    private static final float FIELD_LEADING = 16;
    private static final float FIELD_PAD = 6;
    private static final float FIELD_LABEL_MAX = 150;
    private static final float CELL_SIZE = 8.5f;
    private static final float HEADER_SIZE = 8.5f;
    private static final float CELL_LEADING = 10.5f;
    private static final float CELL_PAD_X = 4;
    private static final float CELL_PAD_Y = 2.6f;
    private static final float NOTE_SIZE = 10;
    private static final float NOTE_LEADING = 15;
    private static final float SEAL_RADIUS = 50;
    private static final float CLOSING_HEIGHT = 128;
    /** Body height of a page after the first, between the short heading and the footer. */
    private static final float PAGE_BODY_HEIGHT = H - 134 - BODY_BOTTOM;

    private static final Color INK = new Color(20, 20, 20);
    private static final Color GREY = new Color(90, 90, 90);
    private static final Color RULE_RED = new Color(200, 30, 36);
    private static final Color FRAME = new Color(60, 96, 110);
    private static final Color GRID = new Color(110, 110, 110);
    private static final Color LABEL_FILL = new Color(239, 243, 246);
    private static final Color HEADER_FILL = new Color(226, 233, 238);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private final PDDocument document;
    private final MixedFontText text;
    private final PrintedCertificate c;
    private final VerificationQr qr;
    private final Clock clock;
    private final List<PDPage> pages = new ArrayList<>();
    private PDFormXObject background;
    private PDPageContentStream content;
    private float y;

    CertificateComposer(PDDocument document, Typefaces typefaces, PrintedCertificate certificate, Clock clock) {
        this.document = document;
        this.text = new MixedFontText(document, typefaces);
        this.c = certificate;
        this.qr = new VerificationQr(URI.create(certificate.verificationUrl()));
        this.clock = clock;
    }

    /** The finished PDF. */
    byte[] compose() throws IOException {
        describe();
        background = AntiCopyBackground.guilloche(document, PAGE, FRAME_INSET);
        startPage();
        holderAndFields();
        if (c.table().isPresent() && !c.table().get().rows().isEmpty()) {
            table(c.table().get());
        }
        notesAndClosing();
        content.close();
        numberPages();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.save(out);
        return out.toByteArray();
    }

    int pageCount() {
        return pages.size();
    }

    private void describe() {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(c.title());
        info.setSubject(c.typeCode() + " " + c.verificationCode());
        info.setProducer("OneTrip kiosk");
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        now.setTimeInMillis(clock.millis());
        info.setCreationDate(now);
        document.getDocumentCatalog().setLanguage("zh-CN");
    }

    // ---------------------------------------------------------------- pages

    private void startPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        content.drawForm(background);
        AntiCopyBackground.microText(content, text, PAGE, FRAME_INSET, c.verificationCode());
        frame();
        footer();
        if (pages.size() == 1) {
            fullHeading();
        } else {
            shortHeading();
        }
    }

    /** Starts a new page when fewer than {@code height} points are left; true if it did. */
    private boolean ensure(float height) throws IOException {
        if (y - height >= BODY_BOTTOM) {
            return false;
        }
        startPage();
        return true;
    }

    private void frame() throws IOException {
        content.setStrokingColor(FRAME);
        content.setLineWidth(1.4f);
        content.addRect(FRAME_INSET, FRAME_INSET, W - 2 * FRAME_INSET, H - 2 * FRAME_INSET);
        content.stroke();
        content.setLineWidth(0.4f);
        content.addRect(FRAME_INSET + 3, FRAME_INSET + 3, W - 2 * FRAME_INSET - 6, H - 2 * FRAME_INSET - 6);
        content.stroke();
    }

    private void topLine() throws IOException {
        content.setNonStrokingColor(GREY);
        text.show(content, c.typeCode(), LEFT, H - 62, 9);
        text.showRight(content, PrintedCertificate.CODE_LABEL + c.verificationCode(), RIGHT, H - 62, 9);
    }

    private void fullHeading() throws IOException {
        topLine();
        content.setNonStrokingColor(INK);
        boldCentred(c.title(), H - 106, 24);
        float ruleY = H - 124;
        if (c.titleEn().isPresent()) {
            content.setNonStrokingColor(GREY);
            text.showCentred(content, c.titleEn().get(), W / 2, H - 126, 10.5f);
            ruleY = H - 140;
        }
        redRule(ruleY);
        y = ruleY - 22;
    }

    private void shortHeading() throws IOException {
        topLine();
        content.setNonStrokingColor(INK);
        boldCentred(c.title(), H - 90, 15);
        content.setNonStrokingColor(GREY);
        text.show(content, PrintedCertificate.HOLDER_LABEL + c.holder().name() + "    "
                + PrintedCertificate.ID_LABEL + "：" + c.holder().idNumber(), LEFT, H - 110, 9);
        redRule(H - 118);
        y = H - 134;
    }

    private void boldCentred(String words, float baseline, float size) throws IOException {
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setStrokingColor(INK);
        content.setLineWidth(size * 0.025f);
        text.showCentred(content, words, W / 2, baseline, size);
        content.setRenderingMode(RenderingMode.FILL);
    }

    private void redRule(float at) throws IOException {
        content.setStrokingColor(RULE_RED);
        content.setLineWidth(1.6f);
        line(LEFT, at, RIGHT, at);
        content.setLineWidth(0.5f);
        line(LEFT, at - 3, RIGHT, at - 3);
    }

    private void footer() throws IOException {
        qr.draw(content, LEFT, QR_BOTTOM, QR_SIZE);
        float x = LEFT + QR_SIZE + 12;
        float lineY = QR_BOTTOM + QR_SIZE - 14;
        content.setNonStrokingColor(INK);
        for (String row : text.wrap(c.verifyLine(), 8.5f, RIGHT - x)) {
            text.show(content, row, x, lineY, 8.5f);
            lineY -= 12;
        }
        content.setNonStrokingColor(GREY);
        for (String row : text.wrap(PrintedCertificate.VERIFY_EN, 7.5f, RIGHT - x)) {
            text.show(content, row, x, lineY, 7.5f);
            lineY -= 10.5f;
        }
    }

    private void numberPages() throws IOException {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream append = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND,
                    true, true)) {
                append.setNonStrokingColor(GREY);
                int n = i + 1;
                text.showRight(append, String.format(PrintedCertificate.PAGE_OF, n, total, n, total), RIGHT,
                        QR_BOTTOM + 2, 8);
            }
        }
    }

    // ---------------------------------------------------------------- body

    private void holderAndFields() throws IOException {
        List<CertificateField> rows = new ArrayList<>();
        rows.add(new CertificateField(PrintedCertificate.NAME_LABEL, c.holder().name()));
        rows.add(new CertificateField(PrintedCertificate.ID_LABEL, c.holder().idNumber()));
        rows.addAll(c.fields());
        float labelWidth = 0;
        for (CertificateField row : rows) {
            labelWidth = Math.max(labelWidth, text.width(row.label(), FIELD_SIZE));
        }
        labelWidth = Math.min(labelWidth + 2 * FIELD_PAD + 8, FIELD_LABEL_MAX);
        float valueWidth = WIDTH - labelWidth - 2 * FIELD_PAD;
        for (CertificateField row : rows) {
            List<String> labelLines = text.wrap(row.label(), FIELD_SIZE, labelWidth - 2 * FIELD_PAD);
            List<String> valueLines = text.wrap(row.value(), FIELD_SIZE, valueWidth);
            int lines = Math.max(labelLines.size(), valueLines.size());
            float height = lines * FIELD_LEADING + 2 * FIELD_PAD;
            ensure(height);
            float bottom = y - height;
            content.setNonStrokingColor(LABEL_FILL);
            content.addRect(LEFT, bottom, labelWidth, height);
            content.fill();
            content.setStrokingColor(GRID);
            content.setLineWidth(0.5f);
            content.addRect(LEFT, bottom, WIDTH, height);
            content.stroke();
            line(LEFT + labelWidth, bottom, LEFT + labelWidth, y);
            content.setNonStrokingColor(INK);
            float baseline = y - FIELD_PAD - FIELD_SIZE * 0.95f;
            for (String l : labelLines) {
                text.show(content, l, LEFT + FIELD_PAD, baseline, FIELD_SIZE);
                baseline -= FIELD_LEADING;
            }
            baseline = y - FIELD_PAD - FIELD_SIZE * 0.95f;
            for (String l : valueLines) {
                text.show(content, l, LEFT + labelWidth + FIELD_PAD, baseline, FIELD_SIZE);
                baseline -= FIELD_LEADING;
            }
            y = bottom;
        }
        y -= 16;
    }

    private void table(CertificateTable table) throws IOException {
        int columns = table.headers().size();
        float[] widths = columnWidths(table);
        boolean[] numeric = new boolean[columns];
        for (int col = 0; col < columns; col++) {
            final int index = col;
            numeric[col] = table.rows().stream().map(r -> r.get(index))
                    .allMatch(cell -> cell.isBlank() || NUMBER.matcher(cell.strip()).matches());
        }
        List<List<String>> header = wrapRow(table.headers(), widths, HEADER_SIZE);
        float headerHeight = rowHeight(header);
        boolean first = true;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = wrapRow(row, widths, CELL_SIZE);
            float height = rowHeight(cells);
            boolean newPage = ensure((first ? headerHeight : 0) + height);
            if (first || newPage) {
                drawRow(header, widths, new boolean[columns], headerHeight, HEADER_FILL, true);
                first = false;
            }
            drawRow(cells, widths, numeric, height, null, false);
        }
        // closes the table so that nothing can be added in the space under it
        if (y - 16 >= BODY_BOTTOM) {
            content.setNonStrokingColor(GREY);
            text.showCentred(content, PrintedCertificate.TABLE_END, W / 2, y - 12, 8.5f);
            y -= 16;
        }
        y -= 14;
    }

    /** Natural widths (widest cell) stretched or shrunk to the text width; shrunk columns wrap. */
    private float[] columnWidths(CertificateTable table) throws IOException {
        int columns = table.headers().size();
        float[] natural = new float[columns];
        for (int col = 0; col < columns; col++) {
            float widest = text.width(table.headers().get(col), HEADER_SIZE);
            for (List<String> row : table.rows()) {
                widest = Math.max(widest, text.width(row.get(col), CELL_SIZE));
            }
            natural[col] = widest + 2 * CELL_PAD_X + 2;
        }
        float sum = 0;
        for (float w : natural) {
            sum += w;
        }
        float[] widths = new float[columns];
        for (int col = 0; col < columns; col++) {
            widths[col] = natural[col] * WIDTH / sum;
        }
        return widths;
    }

    private List<List<String>> wrapRow(List<String> cells, float[] widths, float size) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int col = 0; col < cells.size(); col++) {
            wrapped.add(text.wrap(cells.get(col), size, widths[col] - 2 * CELL_PAD_X));
        }
        return wrapped;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * CELL_LEADING + 2 * CELL_PAD_Y;
    }

    private void drawRow(List<List<String>> cells, float[] widths, boolean[] rightAligned, float height, Color fill,
                         boolean centred) throws IOException {
        float bottom = y - height;
        if (fill != null) {
            content.setNonStrokingColor(fill);
            content.addRect(LEFT, bottom, WIDTH, height);
            content.fill();
        }
        content.setStrokingColor(GRID);
        content.setLineWidth(0.4f);
        content.addRect(LEFT, bottom, WIDTH, height);
        content.stroke();
        float x = LEFT;
        float size = centred ? HEADER_SIZE : CELL_SIZE;
        content.setNonStrokingColor(INK);
        for (int col = 0; col < cells.size(); col++) {
            if (col > 0) {
                line(x, bottom, x, y);
            }
            float baseline = y - CELL_PAD_Y - size * 0.95f;
            for (String l : cells.get(col)) {
                if (centred) {
                    text.showCentred(content, l, x + widths[col] / 2, baseline, size);
                } else if (rightAligned[col]) {
                    text.showRight(content, l, x + widths[col] - CELL_PAD_X, baseline, size);
                } else {
                    text.show(content, l, x + CELL_PAD_X, baseline, size);
                }
                baseline -= CELL_LEADING;
            }
            x += widths[col];
        }
        y = bottom;
    }

    private void notesAndClosing() throws IOException {
        List<String> paragraphs = new ArrayList<>(c.notes());
        c.validUntil().ifPresent(last -> paragraphs.add(String.format(PrintedCertificate.VALID_UNTIL, last)));
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(text.wrap(paragraph, NOTE_SIZE, WIDTH - 2 * NOTE_SIZE));
        }
        float together = lines.size() * NOTE_LEADING + CLOSING_HEIGHT;
        if (together < PAGE_BODY_HEIGHT) {
            // the notes stay on the page that carries the seal
            ensure(together);
        }
        for (String l : lines) {
            ensure(NOTE_LEADING);
            content.setNonStrokingColor(INK);
            text.show(content, l, LEFT + 2 * NOTE_SIZE, y - NOTE_SIZE, NOTE_SIZE);
            y -= NOTE_LEADING;
        }
        ensure(CLOSING_HEIGHT);
        float authorityWidth = Math.max(text.width(c.issuingAuthority(), 12), text.width(c.issuedOn(), 12));
        float centreX = RIGHT - 24 - Math.max(authorityWidth, 2 * SEAL_RADIUS) / 2;
        float authorityY = y - 62;
        content.setNonStrokingColor(INK);
        text.showCentred(content, c.issuingAuthority(), centreX, authorityY, 12);
        text.showCentred(content, c.issuedOn(), centreX, authorityY - 22, 12);
        OfficialSeal.draw(content, text, c.issuingAuthority(), centreX, authorityY - 4, SEAL_RADIUS);
        y -= CLOSING_HEIGHT;
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }
}
