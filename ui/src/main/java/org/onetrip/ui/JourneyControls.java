package org.onetrip.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The few controls the journeys' steps are made of, styled alike: a button bound to a message, wrapping text. */
final class JourneyControls {

    private JourneyControls() {
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
