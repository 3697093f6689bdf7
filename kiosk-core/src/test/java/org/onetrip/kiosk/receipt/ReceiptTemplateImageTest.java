package org.onetrip.kiosk.receipt;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.onetrip.devices.receipt.PrinterIdentity;
import org.onetrip.devices.receipt.diag.TestPageTemplate;
import org.onetrip.devices.receipt.escpos.ReceiptDocumentEncoder;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.ReceiptLines;
import org.onetrip.devices.receipt.sim.PrintedReceipt;
import org.onetrip.devices.receipt.sim.ReceiptImageRenderer;
import org.onetrip.devices.receipt.sim.ReceiptInterpreter;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each template, encoded to ESC/POS, run through the simulated printer and drawn as a PNG
 * under target/receipts (look at them): the right width, ink on it, codes that scan.
 */
class ReceiptTemplateImageTest {
    private static final Path OUT = Path.of("target", "receipts");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static ReceiptImageRenderer renderer;

    @BeforeAll
    static void font() {
        renderer = ReceiptImageRenderer.withCjkFont(ReceiptImageRenderer.WQY_ZEN_HEI);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void submissionReceiptScansToItsTrackingUrl(PaperWidth paper) throws Exception {
        SubmissionReceipt receipt = Receipts.zhangWei();
        BufferedImage png = print(new SubmissionReceiptTemplate(SHANGHAI).render(receipt, paper), "submission-" + paper.millimetres());

        assertThat(png.getWidth()).isEqualTo(paper.dots());
        assertThat(inkShare(png)).isBetween(0.03, 0.5);
        assertThat(decode(png, BarcodeFormat.QR_CODE)).contains(receipt.trackingUrl());
        assertThat(decode(png, BarcodeFormat.CODE_128)).contains(receipt.trackingNumber());
    }

    @Test
    void submissionReceiptTextReadsTheSameOnPaper() throws Exception {
        ReceiptDocument document = new SubmissionReceiptTemplate(SHANGHAI).render(Receipts.zhangWei(), PaperWidth.MM58);
        PrintedReceipt printed = interpret(document);

        assertThat(printed.textLines()).isEqualTo(ReceiptLines.text(document));
        assertThat(String.join("\n", printed.textLines()))
                .contains("SQ202611210123", "张*", "1101**********1239", "个体工商户设立登记", "房屋产权证明复印件",
                        "2026-11-28", "2026-12-05", "2026-11-21 20:15")
                .doesNotContain("张伟", "110101198503121239");
        assertThat(String.join("", printed.textLines())).contains("https://zwfw.example.gov.cn/progress");
    }

    @Test
    void reprintedReceiptCarriesTheBanner() throws Exception {
        ReceiptDocument document = new SubmissionReceiptTemplate(SHANGHAI).render(Receipts.ouyangMingyuan(), PaperWidth.MM80);
        BufferedImage png = print(document, "submission-reprint-80");

        assertThat(interpret(document).textLines().get(0)).isEqualTo("补打 REPRINT");
        assertThat(decode(png, BarcodeFormat.QR_CODE)).contains(Receipts.ouyangMingyuan().trackingUrl());
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void certificateSlipScansToItsVerificationUrl(PaperWidth paper) throws Exception {
        CertificateSlip slip = Receipts.liXiuying();
        BufferedImage png = print(new CertificateSlipTemplate(SHANGHAI).render(slip, paper), "certificate-" + paper.millimetres());

        assertThat(png.getWidth()).isEqualTo(paper.dots());
        assertThat(inkShare(png)).isBetween(0.03, 0.5);
        assertThat(decode(png, BarcodeFormat.QR_CODE)).contains(slip.verificationUrl());
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void testPageShowsDeviceDataAndScans(PaperWidth paper) throws Exception {
        ReceiptDocument page = new TestPageTemplate(SHANGHAI).render(paper, "/dev/ttyS1@115200",
                new PrinterIdentity("OneTrip SIM-80", "SIM 1.4.2"), DeviceStatus.of(DeviceState.ONLINE, Instant.EPOCH),
                Map.of("cuts", 12L, "receiptsPrinted", 12L), Instant.parse("2026-11-21T12:00:00Z"));
        BufferedImage png = print(page, "test-page-" + paper.millimetres());

        assertThat(png.getWidth()).isEqualTo(paper.dots());
        assertThat(decode(png, BarcodeFormat.QR_CODE)).contains(TestPageTemplate.TEST_QR);
        assertThat(decode(png, BarcodeFormat.CODE_128)).contains(TestPageTemplate.TEST_BARCODE);
        assertThat(String.join("\n", interpret(page).textLines())).contains("SIM 1.4.2", "receiptsPrinted");
    }

    private static PrintedReceipt interpret(ReceiptDocument document) {
        List<PrintedReceipt> out = new ArrayList<>();
        new ReceiptInterpreter(document.paper(), out::add, NO_REPLIES).accept(ReceiptDocumentEncoder.encode(document).bytes());
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static BufferedImage print(ReceiptDocument document, String name) throws Exception {
        Path file = OUT.resolve(name + ".png");
        renderer.writePng(interpret(document), file);
        assertThat(file).exists();
        return ImageIO.read(file.toFile());
    }

    static double inkShare(BufferedImage image) {
        long black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    black++;
                }
            }
        }
        return (double) black / ((long) image.getWidth() * image.getHeight());
    }

    /** Every code of the format found on the receipt, scanning it in overlapping bands. */
    static List<String> decode(BufferedImage image, BarcodeFormat format) {
        List<String> found = new ArrayList<>();
        int band = Math.min(image.getHeight(), 700);
        for (int top = 0; top < image.getHeight(); top += band / 3) {
            int h = Math.min(band, image.getHeight() - top);
            BufferedImage part = image.getSubimage(0, top, image.getWidth(), h);
            int[] pixels = part.getRGB(0, 0, part.getWidth(), h, null, 0, part.getWidth());
            LuminanceSource source = new RGBLuminanceSource(part.getWidth(), h, pixels);
            try {
                Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, Boolean.TRUE));
                if (!found.contains(r.getText())) {
                    found.add(r.getText());
                }
            } catch (com.google.zxing.NotFoundException e) {
                // not in this band
            }
            if (top + h >= image.getHeight()) {
                break;
            }
        }
        return found;
    }

    static final ReceiptInterpreter.Replies NO_REPLIES = new ReceiptInterpreter.Replies() {
        @Override
        public void paperSensor(int n) {
        }

        @Override
        public void printerInfo(int n) {
        }

        @Override
        public void automaticStatusBack(int n) {
        }
    };
}
