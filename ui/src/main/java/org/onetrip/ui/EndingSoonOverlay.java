package org.onetrip.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.shell.KioskShell;

/** "Are you still there?" over the current screen while an untouched session counts down. */
final class EndingSoonOverlay extends StackPane {

    EndingSoonOverlay(Messages messages, ObservableValue<SessionState> session, KioskShell shell) {
        setId("ending-soon");
        getStyleClass().add("ending-soon-overlay");

        ObservableValue<Integer> secondsLeft = Bindings.createObjectBinding(
                () -> session.getValue() instanceof SessionState.EndingSoon ending ? ending.secondsLeft() : 0,
                session);
        Label title = new BoundLabel(messages.text("endingSoon.title"), "ending-soon-title");
        Label countdown = new BoundLabel(messages.format("endingSoon.countdown", secondsLeft), "ending-soon-countdown");
        countdown.setId("ending-soon-countdown");
        Label note = new BoundLabel(messages.text("endingSoon.note"), "ending-soon-note");
        Button keepGoing = new Button();
        keepGoing.setId("continue");
        keepGoing.textProperty().bind(messages.text("endingSoon.continue"));
        keepGoing.getStyleClass().add("primary-button");
        keepGoing.setFocusTraversable(false);
        keepGoing.setMaxWidth(Double.MAX_VALUE);
        keepGoing.setOnAction(event -> shell.keepSession());

        VBox card = new VBox(title, countdown, note, keepGoing);
        card.getStyleClass().add("ending-soon-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);

        visibleProperty().bind(Bindings.createBooleanBinding(
                () -> session.getValue() instanceof SessionState.EndingSoon, session));
    }
}
