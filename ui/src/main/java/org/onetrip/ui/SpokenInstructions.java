package org.onetrip.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.Screen;
import org.onetrip.kiosk.voice.VoiceGuidance;

/**
 * Hands voice guidance the main instruction of whatever the shell shows: the screen's, the
 * chosen journey's first step, or the are-you-still-there question, in the current language.
 * Journey steps after the first announce their own instruction through {@link VoiceGuidance#announce}.
 */
final class SpokenInstructions {

    // held here: the binding's listeners on the screen and language are weak
    private final StringBinding instruction;

    SpokenInstructions(Messages messages, ObservableValue<Screen> screen, ObservableValue<Optional<Journey>> journey,
            ObservableValue<SessionState> session, VoiceGuidance voice) {
        instruction = Bindings.createStringBinding(
                () -> messages.resolve(key(screen.getValue(), journey.getValue(), session.getValue())),
                screen, journey, session, messages.language());
        voice.announce(instruction.get());
        instruction.addListener((observable, before, now) -> voice.announce(now));
    }

    static String key(Screen screen, Optional<Journey> journey, SessionState session) {
        if (session instanceof SessionState.EndingSoon) {
            return "voice.endingSoon";
        }
        return switch (screen) {
            case ATTRACT -> "voice.attract";
            case HOME -> "voice.home";
            case JOURNEY -> journey.map(chosen -> "voice.journey." + chosen.name()).orElse("voice.home");
            case OUT_OF_SERVICE -> "voice.outOfService";
        };
    }
}
