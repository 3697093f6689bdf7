package org.onetrip.ui;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.onetrip.kiosk.shell.Language;

/** The shell's texts in the citizen's current language, as bindings that follow a language switch. */
final class Messages {

    static final String BUNDLE = "org.onetrip.ui.messages";

    private final ObservableValue<Language> language;
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    Messages(ObservableValue<Language> language) {
        this.language = language;
        for (Language each : Language.values()) {
            bundles.put(each, bundleFor(each));
        }
    }

    /** The bundle of one language, without falling back to another language's texts. */
    static ResourceBundle bundleFor(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    ObservableValue<Language> language() {
        return language;
    }

    StringBinding text(String key) {
        return Bindings.createStringBinding(() -> current().getString(key), language);
    }

    /** A text with one {@code {0}} placeholder filled from {@code argument}. */
    StringBinding format(String key, ObservableValue<?> argument) {
        return Bindings.createStringBinding(
                () -> new MessageFormat(current().getString(key), language.getValue().locale())
                        .format(new Object[] {argument.getValue()}),
                language, argument);
    }

    /**
     * The text of {@code key} in the current language with its placeholders filled, read now:
     * for bindings that also depend on {@link #language()}.
     */
    String resolve(String key, Object... arguments) {
        String pattern = current().getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, language.getValue().locale()).format(arguments);
    }

    /** A date-time formatter from a pattern kept in the bundle, in the current language. */
    DateTimeFormatter formatter(String patternKey) {
        return DateTimeFormatter.ofPattern(current().getString(patternKey), language.getValue().locale());
    }

    private ResourceBundle current() {
        return bundles.get(language.getValue());
    }
}
