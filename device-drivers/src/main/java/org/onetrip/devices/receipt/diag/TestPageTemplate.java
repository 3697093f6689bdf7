package org.onetrip.devices.receipt.diag;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.onetrip.devices.receipt.PrinterIdentity;
import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.TextStyle;
import org.onetrip.devices.status.DeviceStatus;

/**
 * The technician's test page: printer identity, status and counters, then a character,
 * size, alignment and barcode test. Holds only device data, never a citizen's.
 */
public final class TestPageTemplate {
    /** Printed under the QR code; what it decodes to. */
    public static final String TEST_QR = "https://onetrip.example/diag/receipt-printer";
    public static final String TEST_BARCODE = "TEST0123456789";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public TestPageTemplate(ZoneId zone) {
        this.zone = zone;
    }

    public ReceiptDocument render(PaperWidth paper, String port, PrinterIdentity identity, DeviceStatus status,
            Map<String, Long> counters, Instant now) {
        ReceiptDocument.Builder b = ReceiptDocument.builder(paper).cut(CutMode.FULL);
        b.text("打印机测试页", Alignment.CENTRE, TextStyle.TITLE);
        b.text("PRINTER TEST PAGE", Alignment.CENTRE, TextStyle.BOLD);
        b.rule('=');
        b.columns("时间 Time", TIME.format(now.atZone(zone)));
        b.columns("端口 Port", port);
        b.columns("型号 Model", identity.model());
        b.columns("固件 Firmware", identity.firmware());
        b.columns("纸宽 Paper", paper.millimetres() + " mm / " + paper.dots() + " dots");
        b.columns("状态 State", status.state().name());
        b.columns("原因 Reasons", status.reasons().isEmpty() ? "-" : status.reasons().toString());
        b.rule('-');
        b.text("计数 Counters", Alignment.LEFT, TextStyle.BOLD);
        if (counters.isEmpty()) {
            b.text("(none yet)");
        }
        counters.forEach((name, value) -> b.columns(name, String.valueOf(value)));
        b.rule('-');
        b.text("字符 Characters", Alignment.LEFT, TextStyle.BOLD);
        StringBuilder ascii = new StringBuilder();
        for (char c = 0x21; c < 0x7F; c++) {
            ascii.append(c);
        }
        b.text(ascii.toString());
        b.text("中文：政务服务 一网通办 一次办好");
        b.text("全角：，。；：？！（）【】《》");
        b.text("生僻字 Rare: 䶮 堃 喆 淼 昇");
        b.text("1234567890".repeat(paper.columns() / 10) + "1234567890".substring(0, paper.columns() % 10));
        b.rule('-');
        b.text("左对齐 Left", Alignment.LEFT, TextStyle.NORMAL);
        b.text("居中 Centre", Alignment.CENTRE, TextStyle.NORMAL);
        b.text("右对齐 Right", Alignment.RIGHT, TextStyle.NORMAL);
        b.text("加粗 Bold", Alignment.LEFT, TextStyle.BOLD);
        b.text("倍高 Tall", Alignment.LEFT, TextStyle.TALL);
        b.text("倍宽高 Big", Alignment.LEFT, TextStyle.TITLE);
        b.text("反白 Inverted", Alignment.LEFT, new TextStyle(true, 1, 1, true));
        b.rule('-');
        b.text("CODE128", Alignment.CENTRE, TextStyle.NORMAL);
        b.barcode(TEST_BARCODE, 64);
        b.text("QR Code", Alignment.CENTRE, TextStyle.NORMAL);
        b.qrCode(TEST_QR, 4, QrErrorCorrection.M);
        b.feed(1);
        b.text("测试完毕 END OF TEST", Alignment.CENTRE, TextStyle.BOLD);
        return b.build();
    }
}
