package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PDF the way a reader starts: from {@code startxref} to the cross-reference table,
 * then every object by its offset, and checks what a reader relies on.
 */
record PdfStructure(int objectCount, int pageCount) {

    static PdfStructure parse(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.");
        assertThat(text).endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
        assertThat(start.find()).as("startxref at the end").isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(text.substring(xref)).startsWith("xref\n0 ");
        Matcher header = Pattern.compile("xref\n0 (\\d+)\n").matcher(text.substring(xref));
        assertThat(header.lookingAt()).isTrue();
        int size = Integer.parseInt(header.group(1));
        int entries = xref + header.end();
        assertThat(text.substring(entries, entries + 20)).isEqualTo("0000000000 65535 f \n");
        int pages = 0;
        for (int n = 1; n < size; n++) {
            String entry = text.substring(entries + 20 * n, entries + 20 * n + 20);
            assertThat(entry).matches("\\d{10} 00000 n \n");
            int offset = Integer.parseInt(entry.substring(0, 10));
            assertThat(text.substring(offset)).as("object %d at offset %d", n, offset).startsWith(n + " 0 obj\n");
            String object = text.substring(offset, text.indexOf("endobj", offset));
            if (object.contains("/Type /Page ")) {
                pages++;
            }
            Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(object);
            if (length.find()) {
                int streamStart = offset + length.end();
                int streamLength = Integer.parseInt(length.group(1));
                assertThat(text.substring(streamStart + streamLength)).as("stream %d length", n)
                        .startsWith("\nendstream");
            }
        }
        Matcher trailer = Pattern.compile("trailer\n<< /Size (\\d+) /Root 1 0 R").matcher(text);
        assertThat(trailer.find()).isTrue();
        assertThat(Integer.parseInt(trailer.group(1))).isEqualTo(size);
        Matcher count = Pattern.compile("/Type /Pages /Kids \\[[^]]*] /Count (\\d+)").matcher(text);
        assertThat(count.find()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isEqualTo(pages);
        return new PdfStructure(size - 1, pages);
    }
}
