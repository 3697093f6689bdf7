package org.onetrip.day;

import java.util.Locale;

/** How the reference approval backend behaves through the day. */
public enum BackendMode {
    /** Up, except for the stretches a session takes it down. */
    ONLINE,
    /** Never reachable: every filing stays queued in the outbox. */
    OFFLINE,
    /** Up, with a fault injected into a share of its calls, and down now and then. */
    FLAKY;

    /**
     * @param word {@code online}, {@code offline} or {@code flaky}
     * @throws IllegalArgumentException for anything else, naming the three
     */
    public static BackendMode of(String word) {
        for (BackendMode mode : values()) {
            if (mode.name().equalsIgnoreCase(word)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--backend takes online, offline or flaky, not '" + word + "'");
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
