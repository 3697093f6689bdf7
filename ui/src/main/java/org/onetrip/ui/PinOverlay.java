package org.onetrip.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.maintenance.EntryStage;
import org.onetrip.kiosk.maintenance.LockoutState;
import org.onetrip.kiosk.maintenance.MaintenanceEntry;
import org.onetrip.kiosk.maintenance.PinOutcome;

/**
 * The technician's PIN pad, shown after the hidden gesture or a technician card; on a kiosk with
 * technician cards, the gesture first shows only the request for the card ({@link #asking}). The
 * PIN is checked off the screen's thread (a slow key derivation and the journal on disk); digits
 * are never shown, only dots.
 */
final class PinOverlay extends StackPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private static final int MAX_DIGITS = 12;

    private final Messages messages;
    private final MaintenanceEntry entry;
    private final Executor io;
    private final Label dots = new Label();
    private final Label message = new Label();
    private final Label title;
    private final GridPane pad = new GridPane();
    private char[] typed = new char[0];

    PinOverlay(Messages messages, MaintenanceEntry entry, Executor io) {
        this.messages = messages;
        this.entry = entry;
        this.io = io;
        setId("pin-overlay");
        getStyleClass().add("overlay-scrim");

        title = new BoundLabel(messages.text("maintenance.pin.title"), "overlay-title");
        title.setId("pin-title");
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        message.setId("pin-message");
        message.getStyleClass().add("pin-message");
        message.setWrapText(true);

        pad.getStyleClass().add("pin-pad");
        String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"};
        for (int i = 0; i < keys.length; i++) {
            Button key = new Button(keys[i]);
            key.getStyleClass().add("key");
            key.setFocusTraversable(false);
            String k = keys[i];
            key.setId(switch (k) {
                case "⌫" -> "pin-backspace";
                case "OK" -> "pin-ok";
                default -> "pin-" + k;
            });
            key.setOnAction(event -> press(k));
            pad.add(key, i % 3, i / 3);
        }
        Button cancel = new Button();
        cancel.setId("pin-cancel");
        cancel.textProperty().bind(messages.text("maintenance.cancel"));
        cancel.getStyleClass().add("secondary-button");
        cancel.setOnAction(event -> {
            clear();
            message.setText("");
            entry.cancel();
        });
        VBox card = new VBox(title, dots, message, pad, new HBox(cancel));
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(640, 900);
        getChildren().add(card);
        showDots();
    }

    /**
     * Shows the stage of the way in: the request for the technician card (no pad), or the PIN
     * pad. Call on the FX thread.
     */
    void asking(EntryStage stage) {
        boolean card = stage == EntryStage.ASKING_CARD;
        title.textProperty().unbind();
        title.textProperty().bind(messages.text(card ? "maintenance.card.title" : "maintenance.pin.title"));
        pad.setDisable(card);
        pad.setVisible(!card);
        if (card) {
            clear();
        }
        LockoutState lockout = entry.lockout();
        message.setText(lockout instanceof LockoutState.Open ? "" : describe(lockout));
    }

    private String describe(LockoutState lockout) {
        if (lockout instanceof LockoutState.Closed closed) {
            return messages.resolve("maintenance.pin.locked", TIME.format(closed.until()));
        }
        return messages.resolve(((LockoutState.UnlockNeeded) lockout).reason() == LockoutState.Reason.JOURNAL_BROKEN
                ? "maintenance.pin.journalBroken" : "maintenance.pin.unlockNeeded");
    }

    private void press(String key) {
        switch (key) {
            case "⌫" -> typed = Arrays.copyOf(typed, Math.max(0, typed.length - 1));
            case "OK" -> check();
            default -> {
                if (typed.length < MAX_DIGITS) {
                    typed = Arrays.copyOf(typed, typed.length + 1);
                    typed[typed.length - 1] = key.charAt(0);
                }
            }
        }
        showDots();
    }

    private void check() {
        char[] pin = typed;
        typed = new char[0];
        CompletableFuture.supplyAsync(() -> {
            try {
                return entry.enterPin(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, io).thenAccept(outcome -> Platform.runLater(() -> show(outcome)));
    }

    private void show(PinOutcome outcome) {
        if (outcome instanceof PinOutcome.Wrong wrong) {
            message.setText(messages.resolve("maintenance.pin.wrong", wrong.attemptsLeft()));
        } else if (outcome instanceof PinOutcome.LockedOut locked) {
            message.setText(messages.resolve("maintenance.pin.locked", TIME.format(locked.until())));
        } else if (outcome instanceof PinOutcome.UnlockNeeded needed) {
            message.setText(describe(new LockoutState.UnlockNeeded(needed.reason())));
        } else if (outcome instanceof PinOutcome.CardNeeded) {
            message.setText(messages.resolve("maintenance.pin.cardNeeded"));
        } else {
            message.setText("");
        }
    }

    private void clear() {
        Arrays.fill(typed, '\0');
        typed = new char[0];
        showDots();
    }

    private void showDots() {
        dots.setText("●".repeat(typed.length));
    }
}
