package org.onetrip.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.identity.CardAway;
import org.onetrip.kiosk.voice.VoiceGuidance;

/**
 * "Please put your ID card back" over the citizen's screen while their card is off the reader
 * mid-session, with how long the kiosk waits before it ends the session and clears their details;
 * spoken once as it appears, whether voice guidance was on or not. It goes away when the card
 * comes back, or with the session.
 */
final class CardAwayOverlay extends StackPane {

    CardAwayOverlay(Messages messages, ObservableValue<Optional<CardAway>> away, VoiceGuidance voice) {
        setId("card-away");
        getStyleClass().add("card-reminder-overlay");

        Label title = new BoundLabel(messages.text("cardAway.putBack"), "card-reminder-title");
        title.setId("card-away-title");
        Label note = new BoundLabel(Bindings.createStringBinding(() -> away.getValue()
                .map(asked -> messages.resolve("cardAway.orSessionEnds", asked.grace().toSeconds()))
                .orElse(""), away, messages.language()), "card-reminder-note");
        note.setId("card-away-note");
        VBox card = new VBox(new CardOnReaderPicture(), title, note);
        card.getStyleClass().add("card-reminder-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);

        visibleProperty().bind(Bindings.createBooleanBinding(() -> away.getValue().isPresent(), away));
        away.addListener((observable, before, now) -> {
            if (now.isPresent() && before.isEmpty()) {
                voice.remind(messages.resolve("cardAway.putBack") + "。" + note.getText(),
                        messages.language().getValue());
            }
        });
    }
}
