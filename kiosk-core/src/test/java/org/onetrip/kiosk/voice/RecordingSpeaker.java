package org.onetrip.kiosk.voice;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onetrip.kiosk.shell.Language;

/** A speaker that writes down what it is asked to say and when it is told to stop. */
public final class RecordingSpeaker implements Speaker {

    /** One request to the speaker. */
    public record Said(String text, Language language) {
    }

    private final List<Said> said = new CopyOnWriteArrayList<>();
    private volatile int stops;

    @Override
    public CompletableFuture<Void> say(String text, Language language) {
        said.add(new Said(Speaker.requireSpeakable(text), language));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public void close() {
    }

    public List<Said> said() {
        return List.copyOf(said);
    }

    public int stops() {
        return stops;
    }
}
