package org.onetrip.day;

import java.util.Objects;

/**
 * A promise the kiosk broke, with what is needed to replay the day up to it.
 *
 * @param seed    the day's seed
 * @param session the citizen session, from 1; 0 for the checks at the end of the day
 * @param step    the day's step number, from 1, when it was found
 * @param what    what was wrong, in plain words, with personal data masked
 */
public record Violation(long seed, int session, long step, String what) {

    public Violation {
        Objects.requireNonNull(what, "what");
    }

    /** {@code {"seed":..,"session":..,"step":..,"what":".."}} */
    public String toJson() {
        return "{\"seed\":" + seed + ",\"session\":" + session + ",\"step\":" + step + ",\"what\":"
                + JsonText.quote(what) + "}";
    }

    /** The same in a sentence. */
    public String inWords() {
        return "session " + session + ", step " + step + ": " + what;
    }
}
