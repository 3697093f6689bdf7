package org.onetrip.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/**
 * An on-screen keyboard of Latin letters, for searching by pinyin initials (`sb`, `gjj`) on a
 * kiosk that has no keyboard. Every key is a large touch target; typing updates the text at once.
 */
final class LetterKeyboard extends FlowPane {

    private final Supplier<String> text;
    private final Consumer<String> onText;

    /**
     * @param text the text as the model holds it now: keys edit that, so the keyboard keeps no
     *     text of its own that could outlive the model's
     * @param onText receives the whole text after each key
     */
    LetterKeyboard(Messages messages, Supplier<String> text, Consumer<String> onText) {
        this.text = text;
        this.onText = onText;
        setId("letter-keyboard");
        getStyleClass().add("letter-keyboard");
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String key = String.valueOf(letter);
            Button button = key(key.toUpperCase(java.util.Locale.ROOT), "key-" + key);
            button.setOnAction(event -> type(key));
        }
        Button backspace = key("⌫", "key-backspace");
        backspace.setOnAction(event -> {
            String now = text.get();
            if (!now.isEmpty()) {
                onText.accept(now.substring(0, now.offsetByCodePoints(now.length(), -1)));
            }
        });
        Button clear = key("", "key-clear");
        clear.textProperty().bind(messages.text("keyboard.clear"));
        clear.setOnAction(event -> onText.accept(""));
    }

    private void type(String letter) {
        onText.accept(text.get() + letter);
    }

    private Button key(String label, String id) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().add("key");
        button.setFocusTraversable(false);
        getChildren().add(button);
        return button;
    }
}
