package org.onetrip.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The few controls every filing step is made of, styled alike. */
final class FilingControls {

    private FilingControls() {
    }

    static Button button(Messages messages, String id, String key, String style, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.text(key));
        button.getStyleClass().add(style);
        button.setWrapText(true);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    static Label text(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
