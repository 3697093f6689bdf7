package org.onetrip.ui;

import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A drawing of an ID card going down onto the reader, to show the first step without words. */
final class CardOnReaderPicture extends VBox {

    CardOnReaderPicture() {
        getStyleClass().add("card-on-reader");
        setAlignment(Pos.CENTER);

        Region photo = part("id-card-photo");
        VBox lines = new VBox(part("id-card-line"), part("id-card-line"), part("id-card-line-short"));
        lines.getStyleClass().add("id-card-lines");
        HBox face = new HBox(lines, photo);
        face.getStyleClass().add("id-card-face");
        StackPane card = new StackPane(face);
        card.getStyleClass().add("id-card");

        getChildren().addAll(card, part("card-arrow"), part("reader-pad"));
    }

    private static Region part(String styleClass) {
        Region region = new Region();
        region.getStyleClass().add(styleClass);
        return region;
    }
}
