package org.onetrip.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A wrapping label whose text follows a binding, typically a text in the current language. */
final class BoundLabel extends Label {

    BoundLabel(ObservableValue<String> text, String styleClass) {
        textProperty().bind(text);
        getStyleClass().add(styleClass);
        setWrapText(true);
    }
}
