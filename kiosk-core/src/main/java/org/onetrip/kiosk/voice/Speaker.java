package org.onetrip.kiosk.voice;

import java.util.concurrent.CompletableFuture;
import org.onetrip.kiosk.shell.Language;

/**
 * Speaks short instructions aloud through the kiosk's loudspeaker.
 *
 * <p>Only fixed instructions from the kiosk's own texts are spoken, never a citizen's personal
 * data: a voice carries across a public hall.
 *
 * <p>Thread-safe. No method blocks: speech runs on the speaker's own thread. A new utterance cuts
 * off the one still being spoken, so the citizen always hears the instruction of the screen in
 * front of them, not a queue of old ones.
 */
public interface Speaker extends AutoCloseable {

    /**
     * Starts speaking {@code text} in {@code language}, stopping any utterance under way.
     *
     * @param text one or a few sentences, without personal data; not blank
     * @return completes (never exceptionally) when this utterance has finished, was cut off by a
     *     newer one or {@link #stop()}, or could not be spoken (logged)
     * @throws IllegalArgumentException if the text is blank
     */
    CompletableFuture<Void> say(String text, Language language);

    /** Stops the utterance under way, if any. Returns at once. */
    void stop();

    /** Stops speaking and releases the speaker's thread. Idempotent. */
    @Override
    void close();

    /** Rejects what no speaker should be asked to say. */
    static String requireSpeakable(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text to speak must not be blank, was " + (text == null ? "null" : "'" + text + "'"));
        }
        return text;
    }
}
