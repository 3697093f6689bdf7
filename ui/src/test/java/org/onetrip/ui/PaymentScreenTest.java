package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.payment.NoticeBook;
import org.onetrip.kiosk.payment.KioskOrder;
import org.onetrip.kiosk.payment.OrderState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Paying a traffic fine on the screen at the composed demo kiosk: the notice number typed on the
 * digit keypad, the fine looked up at the reference platform over mutual TLS, the QR on screen
 * read by the payer's phone (decoded from the screen's own image and paid at the platform), the
 * payment seen by the kiosk's polling, and the slip printed on the simulated receipt printer.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentScreenTest {

    @TempDir
    static Path data;

    private ComposedKiosk composed;
    private KioskComposition kiosk;
    private Scene scene;

    @Start
    void start(Stage primary) {
        composed = ComposedKiosk.open(data);
        kiosk = composed.kiosk;
        scene = composed.scene;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        composed.close(robot);
    }

    @Test
    void aCitizenPaysATrafficFineByQrAndTakesTheSlip(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-pay");
        waitUntil(() -> robot.lookup("#payment-notice").tryQuery().isPresent());
        for (char digit : NoticeBook.TRAFFIC_FINE.toCharArray()) {
            robot.clickOn("#key-" + digit);
        }
        waitUntil(() -> NoticeBook.TRAFFIC_FINE.equals(text(robot, "#payment-notice")));
        robot.clickOn("#payment-look-up");

        waitUntil(() -> robot.lookup("#payment-by-qr").tryQuery().isPresent());
        assertThat(text(robot, "#payment-amount")).isEqualTo("金额：¥200.00");
        assertThat(text(robot, "#payment-payee")).contains("交通警察支队");
        assertThat(robot.lookup("#payment-by-code").tryQuery()).as("no code scanner: QR only").isEmpty();
        screenshots.save(scene, "40-payment-confirm-zh");
        robot.clickOn("#payment-by-qr");

        waitUntil(() -> robot.lookup("#payment-qr").tryQuery().isPresent());
        screenshots.save(scene, "41-payment-qr-zh");
        String qrContent = decode(robot);
        // the payer's phone reads the screen and pays
        composed.backend.paymentPlatform().payerScans(qrContent);

        waitUntil(() -> robot.lookup("#payment-done").tryQuery().isPresent());
        assertThat(text(robot, "#payment-slip")).isEqualTo("请取走缴费凭条。");
        screenshots.save(scene, "42-payment-paid-zh");
        KioskOrder order = orderOf(NoticeBook.TRAFFIC_FINE);
        assertThat(order.state()).isEqualTo(OrderState.DELIVERED);
        assertThat(Files.readString(data.resolve("receipt-journal"))).contains(order.orderNo());
    }

    @Test
    void aCitizenWhoCancelsTheQrPaysNothingAndNoSlipPrints(FxRobot robot) throws Exception {
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-pay");
        waitUntil(() -> robot.lookup("#payment-notice").tryQuery().isPresent());
        for (char digit : NoticeBook.TUITION.toCharArray()) {
            robot.clickOn("#key-" + digit);
        }
        waitUntil(() -> NoticeBook.TUITION.equals(text(robot, "#payment-notice")));
        robot.clickOn("#payment-look-up");
        waitUntil(() -> robot.lookup("#payment-by-qr").tryQuery().isPresent());
        robot.clickOn("#payment-by-qr");
        waitUntil(() -> robot.lookup("#payment-qr").tryQuery().isPresent());

        robot.clickOn("#payment-cancel");

        waitUntil(() -> robot.lookup("#payment-problem").tryQuery().isPresent());
        assertThat(text(robot, "#payment-problem")).isEqualTo("已取消，未扣款。");
        KioskOrder order = orderOf(NoticeBook.TUITION);
        assertThat(order.state()).isEqualTo(OrderState.CLOSED);
        Path journal = data.resolve("receipt-journal");
        assertThat(Files.exists(journal) ? Files.readString(journal) : "").doesNotContain(order.orderNo());
    }

    private KioskOrder orderOf(String notice) {
        return kiosk.paymentLedger().all().stream().filter(order -> order.noticeNumber().equals(Optional.of(notice)))
                .findFirst().orElseThrow();
    }

    /** What the QR on the screen holds, read from its pixels as a phone's camera would. */
    private static String decode(FxRobot robot) throws Exception {
        AtomicReference<Image> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(robot.lookup("#payment-qr").queryAs(ImageView.class).getImage()));
        Image image = shown.get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = image.getPixelReader().getArgb(x, y);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
