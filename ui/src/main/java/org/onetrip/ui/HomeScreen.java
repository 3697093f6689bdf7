package org.onetrip.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;

/** The start of a session: one large tile per journey, and a way to finish. */
final class HomeScreen extends VBox {

    HomeScreen(Messages messages, KioskShell shell) {
        setId("home");
        getStyleClass().addAll("screen", "home-screen");

        Label title = new BoundLabel(messages.text("home.title"), "screen-title");
        title.setId("home-title");
        getChildren().add(title);

        for (Journey journey : Journey.values()) {
            Button tile = tile(messages, journey, shell);
            // The tiles share the height equally, however long their texts are.
            VBox.setVgrow(tile, Priority.ALWAYS);
            getChildren().add(tile);
        }

        Button finish = new Button();
        finish.setId("finish");
        finish.textProperty().bind(messages.text("home.finish"));
        finish.getStyleClass().add("secondary-button");
        finish.setFocusTraversable(false);
        finish.setOnAction(event -> shell.finish());
        getChildren().add(finish);
    }

    private static Button tile(Messages messages, Journey journey, KioskShell shell) {
        Label name = new BoundLabel(messages.text(MessageKeys.title(journey)), "tile-title");
        Label description = new BoundLabel(messages.text(MessageKeys.description(journey)), "tile-description");
        VBox face = new VBox(name, description);
        face.getStyleClass().add("tile-face");
        face.setAlignment(Pos.CENTER_LEFT);

        Button tile = new Button();
        tile.setId(MessageKeys.tileId(journey));
        tile.setGraphic(face);
        tile.getStyleClass().add("journey-tile");
        tile.setFocusTraversable(false);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setOnAction(event -> shell.openJourney(journey));
        return tile;
    }
}
