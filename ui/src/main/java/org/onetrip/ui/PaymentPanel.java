package org.onetrip.ui;

import static org.onetrip.ui.JourneyControls.button;
import static org.onetrip.ui.JourneyControls.text;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.onetrip.kiosk.payment.PayableItem;
import org.onetrip.kiosk.payment.PaymentChannel;
import org.onetrip.kiosk.payment.PaymentJourney;
import org.onetrip.kiosk.payment.PaymentView;

/**
 * "缴费 / Pay": the notice number on the digit keypad; payee, item, amount and due date; QR on
 * screen or the phone's payment code; progress with cancel until paid; then paid and the slip.
 * Draws the journey's view only; rebuilt from it on every change, except the keypad, which
 * stays while the number is typed.
 */
final class PaymentPanel extends VBox {

    private static final int QR_PIXELS_PER_MODULE = 8;
    private static final int QR_QUIET_MODULES = 4;

    private final Messages messages;
    private final ObservableValue<PaymentView> view;
    private final PaymentJourney journey;
    private final OnScreenKeyboard keypad;
    /** What the keypad types into, never shown: the journey's digits are what counts, and the notice label shows them. */
    private final TextField typed = new TextField();
    private boolean following;

    PaymentPanel(Messages messages, ObservableValue<PaymentView> view, PaymentJourney journey, OnScreenKeyboard keypad) {
        this.messages = messages;
        this.view = view;
        this.journey = journey;
        this.keypad = keypad;
        setId("payment");
        getStyleClass().add("certificate-panel");
        keypad.attach(typed, KeyboardLayout.DIGITS);
        typed.textProperty().addListener((observable, before, now) -> {
            if (!following) {
                typedChanged(before, now);
            }
        });
        show();
        view.addListener((observable, before, now) -> show());
        messages.language().addListener((observable, before, now) -> show());
    }

    /** The keypad changed the typed text: the journey takes back what went and takes each new digit. */
    private void typedChanged(String before, String now) {
        int same = 0;
        while (same < before.length() && same < now.length() && before.charAt(same) == now.charAt(same)) {
            same++;
        }
        for (int i = same; i < before.length(); i++) {
            journey.erase();
        }
        for (char c : now.substring(same).toCharArray()) {
            if (c >= '0' && c <= '9') {
                journey.digit(c - '0');
            }
        }
    }

    private void show() {
        PaymentView now = view.getValue();
        getChildren().clear();
        if (!now.noticeDigits().equals(typed.getText())) {
            following = true;
            typed.setText(now.noticeDigits());
            following = false;
        }
        // a number is typed at its end: setting the text puts the keypad's caret back at the start
        typed.end();
        switch (now.step()) {
            case ENTER_NOTICE -> enterNotice(now);
            case LOOKING_UP -> getChildren().addAll(new ProgressIndicator(),
                    text(messages.resolve("payment.lookingUp"), "journey-line"));
            case CONFIRM -> confirm(now);
            case SHOW_QR -> showQr(now);
            case SHOW_CODE -> {
                getChildren().add(text(messages.resolve("payment.showCode"), "journey-title"));
                getChildren().add(cancel());
            }
            case PAYING -> {
                Label stage = text(messages.resolve("payment.stage."
                        + now.progress().map(Enum::name).orElse("PREPARING")), "journey-line");
                stage.setId("payment-stage");
                getChildren().addAll(new ProgressIndicator(), stage);
                if (now.cancellable()) {
                    getChildren().add(cancel());
                }
            }
            case PAID -> paid(now);
            case NOT_PAID, PROBLEM -> {
                problem(now);
            }
            default -> throw new IllegalStateException("unknown step " + now.step());
        }
    }

    private void enterNotice(PaymentView now) {
        Label number = text(now.noticeDigits().isEmpty() ? messages.resolve("payment.notice.prompt")
                : now.noticeDigits(), "journey-title");
        number.setId("payment-notice");
        Button lookUp = button(messages, "payment-look-up", "payment.lookUp", "primary-button", journey::lookUp);
        lookUp.setDisable(now.noticeDigits().length() != 20);
        getChildren().add(text(messages.resolve("payment.notice.title"), "journey-line"));
        getChildren().add(number);
        problemLine(now);
        getChildren().addAll(keypad, new HBox(16, lookUp, cancel()));
    }

    private void confirm(PaymentView now) {
        PayableItem item = now.item().orElseThrow();
        getChildren().add(line("payment-payee", messages.resolve("payment.payee", item.payee())));
        getChildren().add(line("payment-item", messages.resolve("payment.item", item.item())));
        getChildren().add(line("payment-amount", messages.resolve("payment.amount", item.amount())));
        item.dueDate().ifPresent(due -> getChildren().add(line("payment-due", messages.resolve("payment.due", due))));
        problemLine(now);
        HBox ways = new HBox(16);
        if (now.ways().contains(PaymentChannel.QR)) {
            ways.getChildren().add(button(messages, "payment-by-qr", "payment.byQr", "primary-button", journey::payByQr));
        }
        if (now.ways().contains(PaymentChannel.PAYMENT_CODE)) {
            ways.getChildren().add(button(messages, "payment-by-code", "payment.byCode", "primary-button",
                    journey::payByCode));
        }
        ways.getChildren().add(cancel());
        getChildren().add(ways);
    }

    private void showQr(PaymentView now) {
        getChildren().add(text(messages.resolve("payment.scanQr"), "journey-title"));
        now.item().ifPresent(item -> getChildren().add(
                line("payment-amount", messages.resolve("payment.amount", item.amount()))));
        now.qrContent().ifPresent(content -> {
            ImageView qr = new ImageView(qrImage(content));
            qr.setId("payment-qr");
            getChildren().add(qr);
        });
        getChildren().add(cancel());
    }

    private void paid(PaymentView now) {
        Label done = text(messages.resolve("payment.paid"), "journey-done");
        done.setId("payment-done");
        getChildren().add(done);
        now.paid().ifPresent(order -> {
            getChildren().add(line("payment-amount", messages.resolve("payment.amount", order.amount())));
            getChildren().add(line("payment-order", messages.resolve("payment.order", order.orderNo())));
        });
        boolean printed = now.slipPrinted().orElse(false);
        Label slip = text(messages.resolve(printed ? "payment.slip.printed" : "payment.slip.notPrinted"),
                "journey-line");
        slip.setId("payment-slip");
        getChildren().add(slip);
    }

    private void problem(PaymentView now) {
        Label said = text(messages.resolve(now.problem().orElse("payment.cancelled")), "journey-problem");
        said.setId("payment-problem");
        getChildren().add(said);
    }

    private void problemLine(PaymentView now) {
        now.problem().ifPresent(key -> {
            Label said = text(messages.resolve(key), "journey-problem");
            said.setId("payment-problem");
            getChildren().add(said);
        });
    }

    private Label line(String id, String value) {
        Label label = text(value, "journey-line");
        label.setId(id);
        return label;
    }

    private Button cancel() {
        return button(messages, "payment-cancel", "payment.cancel", "secondary-button", journey::cancel);
    }

    /** The order's QR for the payer's phone, black on white with its quiet zone. */
    static WritableImage qrImage(String content) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the payment QR does not fit a QR code", e);
        }
        int count = modules.getWidth();
        int side = (count + 2 * QR_QUIET_MODULES) * QR_PIXELS_PER_MODULE;
        WritableImage image = new WritableImage(side, side);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int col = x / QR_PIXELS_PER_MODULE - QR_QUIET_MODULES;
                int row = y / QR_PIXELS_PER_MODULE - QR_QUIET_MODULES;
                boolean dark = col >= 0 && row >= 0 && col < count && row < count && modules.get(col, row);
                pixels.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
