package org.onetrip.kiosk.voice;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.shell.Screen;

/**
 * Voice guidance: while it is on, each screen's main instruction is spoken as it appears, in the
 * citizen's language. Screens (and the steps of a journey) hand their instruction to
 * {@link #announce(String)} whether guidance is on or off; switching it on speaks the latest one,
 * so the citizen hears where they are at once. Like the look of the screen it is the citizen's
 * choice: it switches off when the session ends.
 *
 * <p>Thread-safe; no method blocks (speech runs on the speaker's thread).
 */
public final class VoiceGuidance implements AutoCloseable {

    private final Speaker speaker;
    private final KioskShell shell;
    private final Value<Boolean> on = new Value<>(false);
    private final Subscription sessionEnds;
    private final Subscription backToAttract;
    private String instruction;

    public VoiceGuidance(Speaker speaker, KioskShell shell) {
        this.speaker = Objects.requireNonNull(speaker, "speaker");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.sessionEnds = shell.sessionState().subscribe(state -> {
            if (state instanceof SessionState.NoSession) {
                switchOn(false);
            }
        });
        // also after a spell out of service, where guidance may be switched on without a session
        this.backToAttract = shell.screen().subscribe(screen -> {
            if (screen == Screen.ATTRACT) {
                switchOn(false);
            }
        });
    }

    /** Guidance for a kiosk with no speech engine: it still follows the switch and logs. */
    public static VoiceGuidance silent(KioskShell shell) {
        return new VoiceGuidance(new SilentSpeaker(), shell);
    }

    /** Whether guidance is on. */
    public ReadOnlyValue<Boolean> on() {
        return on;
    }

    /** The instruction last announced, spoken again when guidance is switched on. */
    public synchronized Optional<String> instruction() {
        return Optional.ofNullable(instruction);
    }

    /**
     * The citizen's switch. On speaks the current instruction; off stops speaking at once.
     * Counts as a touch of the screen.
     */
    public void useVoiceGuidance(boolean wanted) {
        shell.touch();
        switchOn(wanted);
    }

    /**
     * The main instruction of what the screen shows now, in the citizen's current language;
     * spoken at once when guidance is on, remembered either way. Call it whenever the screen or
     * a journey step changes what the citizen should do, with the kiosk's own words only, never
     * with personal data such as a name or an ID number.
     *
     * @param text the instruction as shown; blank texts are ignored
     */
    public void announce(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean speak;
        synchronized (this) {
            instruction = text;
            speak = on.get();
        }
        if (speak) {
            speaker.say(text, shell.language().get());
        }
    }

    /**
     * A reminder spoken whether guidance is on or not, such as to take the ID card: forgetting
     * it costs the citizen far more than an unasked-for sentence.
     *
     * @param text the reminder, without personal data; not blank
     * @param language the language to speak it in (the ending session's, which the shell may
     *     already have reset)
     */
    public void remind(String text, Language language) {
        speaker.say(text, language);
    }

    private void switchOn(boolean wanted) {
        String current;
        synchronized (this) {
            if (on.get() == wanted) {
                return;
            }
            on.set(wanted);
            current = instruction;
        }
        if (!wanted) {
            speaker.stop();
        } else if (current != null) {
            speaker.say(current, shell.language().get());
        }
    }

    @Override
    public void close() {
        sessionEnds.cancel();
        backToAttract.cancel();
        speaker.close();
    }
}
