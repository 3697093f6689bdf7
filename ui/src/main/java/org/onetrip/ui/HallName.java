package org.onetrip.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The service hall's name in the current language, from the settings rather than the bundles. */
final class HallName {

    private final ShellSettings settings;
    private final Messages messages;

    HallName(ShellSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    StringBinding shown() {
        return Bindings.createStringBinding(() -> settings.hallName(messages.language().getValue()),
                messages.language());
    }
}
