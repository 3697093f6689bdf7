package org.onetrip.devices.receipt.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.onetrip.devices.receipt.escpos.EscPosEncoder;
import org.onetrip.devices.receipt.escpos.HriPosition;
import org.onetrip.devices.receipt.escpos.ReceiptDocumentEncoder;
import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.MonoImage;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.ReceiptLines;
import org.onetrip.devices.receipt.layout.TextStyle;

import static org.assertj.core.api.Assertions.assertThat;

/** Encoder to simulated printer and back: the same text, styles, codes and images. */
class ReceiptInterpreterTest {
    private final List<PrintedReceipt> out = new ArrayList<>();
    private final List<String> replies = new ArrayList<>();

    private ReceiptInterpreter interpreter(PaperWidth paper) {
        return new ReceiptInterpreter(paper, out::add, new ReceiptInterpreter.Replies() {
            @Override
            public void paperSensor(int n) {
                replies.add("GS r " + n);
            }

            @Override
            public void printerInfo(int n) {
                replies.add("GS I " + n);
            }

            @Override
            public void automaticStatusBack(int n) {
                replies.add("GS a " + n);
            }
        });
    }

    @Test
    void documentRoundTripsToTheSameLines() {
        MonoImage logo = new MonoImage(16, 2, new byte[] {(byte) 0xFF, 0x00, 0x00, (byte) 0xFF});
        ReceiptDocument document = ReceiptDocument.builder(PaperWidth.MM58)
                .image(logo, Alignment.CENTRE)
                .text("北京市东城区政务服务中心", Alignment.CENTRE, TextStyle.BOLD)
                .text("受理回执", Alignment.CENTRE, TextStyle.TITLE)
                .columns("申请人 Applicant", "张*")
                .text("经营场所使用证明（租赁合同）Lease contract of the business premises")
                .rule('-')
                .qrCode("https://zwfw.example.gov.cn/progress?no=SQ202611210123", 5, QrErrorCorrection.Q)
                .barcode("SQ202611210123", 64)
                .feed(2)
                .cut(CutMode.FULL)
                .build();

        interpreter(PaperWidth.MM58).accept(ReceiptDocumentEncoder.encode(document).bytes());

        assertThat(out).hasSize(1);
        PrintedReceipt printed = out.get(0);
        assertThat(printed.cut()).isTrue();
        assertThat(printed.textLines()).isEqualTo(ReceiptLines.text(document));
        assertThat(printed.qrCodes()).containsExactly(new PrintedReceipt.Qr(
                "https://zwfw.example.gov.cn/progress?no=SQ202611210123", 5, QrErrorCorrection.Q, Alignment.CENTRE));
        assertThat(printed.barcodes()).containsExactly(new PrintedReceipt.Barcode("SQ202611210123", 2, 64, true, Alignment.CENTRE));
        assertThat(printed.elements()).first().isEqualTo(new PrintedReceipt.Raster(logo, Alignment.CENTRE));
        PrintedReceipt.TextRow title = (PrintedReceipt.TextRow) printed.elements().stream()
                .filter(e -> e instanceof PrintedReceipt.TextRow r && r.text().equals("受理回执")).findFirst().orElseThrow();
        assertThat(title.alignment()).isEqualTo(Alignment.CENTRE);
        assertThat(title.segments()).containsExactly(new PrintedReceipt.Segment("受理回执", true, 2, 2, false));
    }

    @Test
    void stylesChangeWithinALine() {
        byte[] bytes = new EscPosEncoder(PaperWidth.MM80).initialize().chineseMode(true).text("状态 ").emphasis(true).text("正常")
                .emphasis(false).newline().feedAndCut(CutMode.PARTIAL, 0).build().bytes();

        interpreter(PaperWidth.MM80).accept(bytes);

        PrintedReceipt.TextRow row = (PrintedReceipt.TextRow) out.get(0).elements().get(0);
        assertThat(row.segments()).containsExactly(new PrintedReceipt.Segment("状态 ", false, 1, 1, false),
                new PrintedReceipt.Segment("正常", true, 1, 1, false));
    }

    @Test
    void code128WithCodeSetCDigits() {
        interpreter(PaperWidth.MM80).accept(new EscPosEncoder(PaperWidth.MM80).code128("SQ{20261121", 2, 50, HriPosition.NONE)
                .cut(CutMode.FULL).build().bytes());

        assertThat(out.get(0).barcodes()).extracting(PrintedReceipt.Barcode::data).containsExactly("SQ{20261121");
    }

    @Test
    void inOrderQueriesAreAnsweredInOrder() {
        byte[] bytes = new byte[] {0x1D, 'a', 0x0E, 'A', 0x0A, 0x1D, 'r', 1, 0x1D, 'I', 65};

        interpreter(PaperWidth.MM80).accept(bytes);

        assertThat(replies).containsExactly("GS a 14", "GS r 1", "GS I 65");
    }

    @Test
    void garbageNeverBreaksTheInterpreter() {
        Random random = new Random(20261121);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[random.nextInt(400)];
            random.nextBytes(noise);
            interpreter(PaperWidth.MM58).accept(noise);
        }
        interpreter(PaperWidth.MM58).accept(new EscPosEncoder(PaperWidth.MM58).initialize().line("OK").cut(CutMode.FULL).build().bytes());
        assertThat(out.get(out.size() - 1).textLines()).contains("OK");
    }
}
