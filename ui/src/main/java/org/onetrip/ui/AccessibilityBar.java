package org.onetrip.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.onetrip.kiosk.shell.DisplayPreferences;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;

/**
 * Always on screen: the language switch, large text and high contrast. The buttons show the
 * model's state; a tap asks the model, which answers through that state.
 */
final class AccessibilityBar extends HBox {

    AccessibilityBar(Messages messages, ObservableValue<DisplayPreferences> display, KioskShell shell) {
        setId("accessibility-bar");
        getStyleClass().add("accessibility-bar");
        setAlignment(Pos.CENTER);

        ToggleButton chinese = languageButton(messages, "access.languageZh", Language.ZH_CN, shell);
        chinese.setId("language-zh");
        ToggleButton english = languageButton(messages, "access.languageEn", Language.EN, shell);
        english.setId("language-en");

        ToggleButton largeText = toggle(messages, "access.largeText");
        largeText.setId("large-text");
        largeText.setOnAction(event -> shell.useLargeText(largeText.isSelected()));
        ToggleButton highContrast = toggle(messages, "access.highContrast");
        highContrast.setId("high-contrast");
        highContrast.setOnAction(event -> shell.useHighContrast(highContrast.isSelected()));
        showState(display, largeText, highContrast);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(chinese, english, gap, largeText, highContrast);
    }

    private static ToggleButton languageButton(Messages messages, String key, Language language, KioskShell shell) {
        ToggleButton button = toggle(messages, key);
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

    private static void showState(ObservableValue<DisplayPreferences> display, ToggleButton largeText,
            ToggleButton highContrast) {
        largeText.setSelected(display.getValue().largeText());
        highContrast.setSelected(display.getValue().highContrast());
        display.addListener((observable, before, now) -> {
            largeText.setSelected(now.largeText());
            highContrast.setSelected(now.highContrast());
        });
    }

    private static ToggleButton toggle(Messages messages, String key) {
        ToggleButton button = new ToggleButton();
        button.textProperty().bind(messages.text(key));
        button.getStyleClass().add("access-button");
        button.setFocusTraversable(false);
        return button;
    }
}
