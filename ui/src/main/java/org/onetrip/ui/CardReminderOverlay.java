package org.onetrip.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.voice.VoiceGuidance;

/**
 * "Please take your ID card" over everything once a session has ended with the card still on the
 * reader, in the language of the citizen who left it and, below, in the kiosk's other language;
 * spoken once as it appears, whether voice guidance was on or not. It goes away when the card is
 * taken (or the reminder's time is up).
 */
final class CardReminderOverlay extends StackPane {

    CardReminderOverlay(ObservableValue<Optional<Language>> reminder, VoiceGuidance voice) {
        setId("card-reminder");
        getStyleClass().add("card-reminder-overlay");

        Label title = new BoundLabel(text(reminder, "reminder.takeCard", true), "card-reminder-title");
        title.setId("card-reminder-title");
        Label note = new BoundLabel(text(reminder, "reminder.sessionEnded", true), "card-reminder-note");
        Label otherTitle = new BoundLabel(text(reminder, "reminder.takeCard", false), "card-reminder-other");
        otherTitle.setId("card-reminder-other");
        VBox card = new VBox(new CardOnReaderPicture(), title, note, otherTitle);
        card.getStyleClass().add("card-reminder-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);

        visibleProperty().bind(Bindings.createBooleanBinding(() -> reminder.getValue().isPresent(), reminder));
        reminder.addListener((observable, before, now) -> now.ifPresent(language ->
                voice.remind(bundle(language).getString("reminder.takeCard"), language)));
    }

    /** The text of {@code key} in the reminder's language, or in the kiosk's other language. */
    private static ObservableValue<String> text(ObservableValue<Optional<Language>> reminder, String key, boolean theirs) {
        return Bindings.createStringBinding(() -> reminder.getValue()
                .map(language -> theirs ? language : other(language))
                .map(language -> bundle(language).getString(key))
                .orElse(""), reminder);
    }

    private static Language other(Language language) {
        return Arrays.stream(Language.values()).filter(each -> each != language).findFirst().orElse(language);
    }

    private static ResourceBundle bundle(Language language) {
        return Messages.bundleFor(language);
    }
}
