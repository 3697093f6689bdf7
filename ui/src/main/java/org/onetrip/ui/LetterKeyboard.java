package org.onetrip.ui;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/**
 * An on-screen keyboard of Latin letters, for searching by pinyin initials (`sb`, `gjj`) on a
 * kiosk that has no keyboard. Every key is a large touch target; typing updates the text at once.
 */
final class LetterKeyboard extends FlowPane {

    private final StringBuilder typed = new StringBuilder();
    private final Consumer<String> onText;

    LetterKeyboard(Messages messages, Consumer<String> onText) {
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
            if (typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                onText.accept(typed.toString());
            }
        });
        Button clear = key("", "key-clear");
        clear.textProperty().bind(messages.text("keyboard.clear"));
        clear.setOnAction(event -> {
            typed.setLength(0);
            onText.accept("");
        });
    }

    private void type(String letter) {
        typed.append(letter);
        onText.accept(typed.toString());
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
