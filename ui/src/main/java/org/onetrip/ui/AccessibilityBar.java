package org.onetrip.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.onetrip.kiosk.shell.DisplayPreferences;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.voice.VoiceGuidance;

/**
 * Always on screen: the language switch, large text, high contrast, the elder-friendly look and
 * voice guidance. The buttons show the model's state; a tap asks the model, which answers through
 * that state. When the buttons do not fit one row (long words, the elder look's larger text) they
 * wrap to a second rather than shrink below a finger's size.
 */
final class AccessibilityBar extends FlowPane {

    AccessibilityBar(Messages messages, ObservableValue<DisplayPreferences> display, ObservableValue<Boolean> voiceOn,
            KioskShell shell, VoiceGuidance voice) {
        setId("accessibility-bar");
        getStyleClass().add("accessibility-bar");
        setAlignment(Pos.CENTER);

        ToggleButton chinese = languageButton(messages, "access.languageZh", Language.ZH_CN, shell);
        chinese.setId("language-zh");
        ToggleButton english = languageButton(messages, "access.languageEn", Language.EN, shell);
        english.setId("language-en");

        ToggleButton elder = toggle(messages, "access.elder", "elder-mode", shell::useElderMode);
        elder.getStyleClass().add("elder-button");
        ToggleButton spoken = toggle(messages, "access.voice", "voice-guidance", voice::useVoiceGuidance);
        ToggleButton largeText = toggle(messages, "access.largeText", "large-text", shell::useLargeText);
        ToggleButton highContrast = toggle(messages, "access.highContrast", "high-contrast", shell::useHighContrast);
        follow(display, preferences -> {
            largeText.setSelected(preferences.largeText());
            highContrast.setSelected(preferences.highContrast());
            elder.setSelected(preferences.elder());
        });
        follow(voiceOn, spoken::setSelected);

        getChildren().addAll(chinese, english, elder, spoken, largeText, highContrast);
    }

    private static ToggleButton languageButton(Messages messages, String key, Language language, KioskShell shell) {
        ToggleButton button = button(messages, key);
        button.getStyleClass().add("language-button");
        button.setSelected(messages.language().getValue() == language);
        messages.language().addListener((observable, before, now) -> button.setSelected(now == language));
        // A tap on the language already shown must leave it selected, not unselect it.
        button.setOnAction(event -> {
            button.setSelected(messages.language().getValue() == language);
            shell.switchLanguage(language);
        });
        return button;
    }

    private static ToggleButton toggle(Messages messages, String key, String id, Consumer<Boolean> use) {
        ToggleButton button = button(messages, key);
        button.setId(id);
        button.setOnAction(event -> use.accept(button.isSelected()));
        return button;
    }

    private static <T> void follow(ObservableValue<T> value, Consumer<T> show) {
        show.accept(value.getValue());
        value.addListener((observable, before, now) -> show.accept(now));
    }

    private static ToggleButton button(Messages messages, String key) {
        ToggleButton button = new ToggleButton();
        button.textProperty().bind(messages.text(key));
        button.getStyleClass().add("access-button");
        button.setFocusTraversable(false);
        // a tick as well as the filled colour, so being on never shows by colour alone
        Region tick = new Region();
        tick.getStyleClass().add("access-tick");
        button.graphicProperty().bind(Bindings.when(button.selectedProperty()).then((Node) tick).otherwise((Node) null));
        return button;
    }
}
