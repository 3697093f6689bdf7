package org.onetrip.kiosk.receipt;

import java.util.List;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.LineWrapper;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.TextStyle;

/** The parts every kiosk receipt shares: the head, section titles, numbered lists. */
final class ReceiptSections {
    private ReceiptSections() {
    }

    static void head(ReceiptDocument.Builder b, String hallName, String kioskId, String title, String englishTitle) {
        b.image(ReceiptLogo.emblem(72), Alignment.CENTRE);
        b.text(hallName, Alignment.CENTRE, TextStyle.BOLD);
        b.text("24小时自助服务区 · 终端 " + kioskId, Alignment.CENTRE, TextStyle.NORMAL);
        b.feed(1);
        b.text(title, Alignment.CENTRE, TextStyle.TITLE);
        b.text(englishTitle, Alignment.CENTRE, TextStyle.NORMAL);
        b.rule('=');
    }

    static void section(ReceiptDocument.Builder b, String chinese, String english) {
        b.text(chinese + " " + english, Alignment.LEFT, TextStyle.BOLD);
    }

    /** "1. item" with continuation lines indented under the text. */
    static void numbered(ReceiptDocument.Builder b, int columns, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            String prefix = (i + 1) + ". ";
            hanging(b, columns, prefix, items.get(i));
        }
    }

    static void hanging(ReceiptDocument.Builder b, int columns, String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        List<String> lines = LineWrapper.wrap(text, columns - prefix.length());
        for (int l = 0; l < lines.size(); l++) {
            b.text((l == 0 ? prefix : indent) + lines.get(l));
        }
    }
}
