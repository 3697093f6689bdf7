package org.onetrip.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.shell.Screen;

/** The band on top of every screen: the hall's name, and the time except where the attract screen shows it large. */
final class ShellHeader extends HBox {

    ShellHeader(Messages messages, HallName hallName, WallClock clock, ObservableValue<Screen> screen) {
        getStyleClass().add("shell-header");
        setAlignment(Pos.CENTER_LEFT);

        Label hall = new BoundLabel(hallName.shown(), "header-hall");
        hall.setId("header-hall");
        Label subtitle = new BoundLabel(messages.text("header.subtitle"), "header-subtitle");
        VBox names = new VBox(hall, subtitle);
        names.getStyleClass().add("header-names");
        HBox.setHgrow(names, Priority.ALWAYS);

        Label time = new BoundLabel(clock.shown(messages, "header.timePattern"), "header-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> screen.getValue() != Screen.ATTRACT, screen));

        getChildren().addAll(names, time);
    }
}
