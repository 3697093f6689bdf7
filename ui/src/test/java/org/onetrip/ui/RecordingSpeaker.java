package org.onetrip.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.voice.Speaker;

/** A speaker that writes down what the kiosk asks it to say, and how often it is told to stop. */
final class RecordingSpeaker implements Speaker {

    record Said(String text, Language language) {
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

    List<Said> said() {
        return List.copyOf(said);
    }

    Said last() {
        return said.isEmpty() ? null : said.get(said.size() - 1);
    }

    int stops() {
        return stops;
    }
}
