package org.onetrip.kiosk.voice;

import java.util.concurrent.CompletableFuture;
import org.onetrip.kiosk.shell.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speaker of a kiosk without a speech engine: it speaks nothing and logs what it would have
 * said, so technicians can follow the guidance in the log. The texts are the kiosk's own fixed
 * instructions, which carry no personal data.
 */
public final class SilentSpeaker implements Speaker {

    private static final Logger log = LoggerFactory.getLogger(SilentSpeaker.class);

    @Override
    public CompletableFuture<Void> say(String text, Language language) {
        Speaker.requireSpeakable(text);
        log.info("no speech engine; would say in {}: {}", language, text);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void stop() {
        // nothing is ever being spoken
    }

    @Override
    public void close() {
        // holds nothing
    }
}
