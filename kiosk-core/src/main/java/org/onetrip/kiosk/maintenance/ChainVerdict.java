package org.onetrip.kiosk.maintenance;

import java.util.Objects;

/** What checking the audit journal's hash chain found. */
public sealed interface ChainVerdict {

    /**
     * Every entry is there, in order and unchanged, as far as the chain can tell.
     *
     * @param entries how many entries were checked
     * @param head    the last entry's hash (64 zeros for an empty journal): compare it with the
     *                one logged at that entry to tell whether entries were cut off the end
     */
    record Intact(long entries, String head) implements ChainVerdict {
    }

    /**
     * The first entry where the chain breaks.
     *
     * @param sequence the sequence number expected there
     * @param problem  what is wrong
     * @param message  one line for the technician
     */
    record Broken(long sequence, Problem problem, String message) implements ChainVerdict {
        public Broken {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }

    /** How a chain breaks. */
    enum Problem {
        /** An entry is missing: the sequence jumps. */
        MISSING,
        /** An entry's content no longer matches its hash, or it was moved. */
        ALTERED,
        /** An entry does not name the hash of the entry before it. */
        RELINKED
    }

    default boolean intact() {
        return this instanceof Intact;
    }
}
