package org.onetrip.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.identity.IdentificationState;

/**
 * What became of the card on the reader, in one sentence: being read, identified (with the
 * masked name and ID number beside a portrait placeholder, since the card's photo format cannot
 * be shown), or what to do when it could not be read. Hidden while no card has been placed.
 */
final class IdentificationPanel extends HBox {

    static final PseudoClass READING = PseudoClass.getPseudoClass("reading");
    static final PseudoClass IDENTIFIED = PseudoClass.getPseudoClass("identified");
    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final StackPane portrait = portraitPlaceholder();

    IdentificationPanel(Messages messages, ObservableValue<IdentificationState> state) {
        setId("identification");
        getStyleClass().add("identification");
        setAlignment(Pos.CENTER_LEFT);

        Label text = new BoundLabel(Bindings.createStringBinding(
                () -> describe(messages, state.getValue()), state, messages.language()), "identification-text");
        text.setId("identification-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(portrait, text);
        show(state.getValue());
        state.addListener((observable, before, now) -> show(now));
    }

    private void show(IdentificationState state) {
        boolean waiting = state instanceof IdentificationState.WaitingForCard;
        setVisible(!waiting);
        setManaged(!waiting);
        pseudoClassStateChanged(READING, state instanceof IdentificationState.Reading);
        pseudoClassStateChanged(IDENTIFIED, state instanceof IdentificationState.Identified);
        pseudoClassStateChanged(PROBLEM, state instanceof IdentificationState.NotRead
                || state instanceof IdentificationState.CardExpired);
        portrait.setVisible(state instanceof IdentificationState.Identified);
        portrait.setManaged(state instanceof IdentificationState.Identified);
    }

    static String describe(Messages messages, IdentificationState state) {
        if (state instanceof IdentificationState.Reading) {
            return messages.resolve("identification.reading");
        }
        if (state instanceof IdentificationState.Identified identified) {
            return messages.resolve("identification.identified",
                    identified.citizen().maskedName(), identified.citizen().maskedIdNumber());
        }
        if (state instanceof IdentificationState.NotRead notRead) {
            return messages.resolve("identification.failure." + notRead.reason().name());
        }
        if (state instanceof IdentificationState.CardExpired expired) {
            return messages.resolve("identification.expired", expired.expiredOn().toString());
        }
        return "";
    }

    /** A head-and-shoulders outline where the card's photo would be. */
    private static StackPane portraitPlaceholder() {
        Region head = new Region();
        head.getStyleClass().add("portrait-head");
        Region shoulders = new Region();
        shoulders.getStyleClass().add("portrait-shoulders");
        VBox figure = new VBox(head, shoulders);
        figure.setAlignment(Pos.BOTTOM_CENTER);
        StackPane frame = new StackPane(figure);
        frame.setId("portrait-placeholder");
        frame.getStyleClass().add("portrait-placeholder");
        return frame;
    }
}
