package org.onetrip.fleet;

/** How a kiosk answered a command. */
public sealed interface CommandOutcome {

    String detail();

    /** The word in the acknowledgement: DONE, REFUSED or FAILED. */
    default String word() {
        if (this instanceof Done) {
            return "DONE";
        }
        return this instanceof Refused ? "REFUSED" : "FAILED";
    }

    /** Followed. */
    record Done(String detail) implements CommandOutcome {
    }

    /** Not followed, on purpose: a citizen's session is active, a bad signature, an unknown bundle. */
    record Refused(String detail) implements CommandOutcome {
    }

    /** Tried and failed. */
    record Failed(String detail) implements CommandOutcome {
    }
}
