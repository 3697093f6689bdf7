package org.onetrip.fleet;

import java.util.Arrays;
import java.util.Optional;

/** The commands an operator may send a kiosk, as named on the command line and in the order. */
public enum CommandName {
    OUT_OF_SERVICE("out-of-service", 0),
    IN_SERVICE("in-service", 0),
    SELF_TEST("self-test", 0),
    SEND_LOGS("send-logs", 1),
    APPLY_BUNDLE("apply-bundle", 1),
    RESTART("restart", 0);

    private final String word;
    private final int arguments;

    CommandName(String word, int arguments) {
        this.word = word;
        this.arguments = arguments;
    }

    public String word() {
        return word;
    }

    /** How many arguments it takes (send-logs URL, apply-bundle VERSION). */
    public int arguments() {
        return arguments;
    }

    public static Optional<CommandName> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    /** Every word, for usage lines. */
    public static String words() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.word + (c.arguments > 0
                ? (c == SEND_LOGS ? " URL" : " VERSION") : "")).toList());
    }
}
