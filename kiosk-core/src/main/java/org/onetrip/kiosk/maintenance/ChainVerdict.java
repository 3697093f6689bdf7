package org.onetrip.kiosk.maintenance;

import java.util.Objects;

/** What checking the audit journal found. */
public sealed interface ChainVerdict {

    /**
     * Every entry is there from the first, in order, unchanged and sealed under the journal key, and the
     * journal reaches (and agrees with) the head the kiosk last wrote and the head the backend last said it holds.
     *
     * @param entries how many entries were checked: also the head's sequence number
     * @param head    the last entry's seal
     */
    record Intact(long entries, String head) implements ChainVerdict {
    }

    /**
     * The first entry where the journal breaks.
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

    /** How a journal breaks. */
    enum Problem {
        /** An entry is missing: the sequence jumps. */
        MISSING,
        /** An entry's content no longer matches its seal, or it was moved, or sealed without the key. */
        ALTERED,
        /** An entry does not name the seal of the entry before it. */
        RELINKED,
        /** The journal ends before the head the kiosk last wrote: its tail was cut off. */
        TRUNCATED,
        /** The journal holds no entry (or {@code kiosk.db} is gone), though its key exists. */
        EMPTIED,
        /** The journal ends before the head the backend holds. */
        BEHIND_ANCHOR,
        /** An entry differs from the one the backend holds (or the kiosk wrote down) at that number. */
        REWRITTEN,
        /** The journal holds entries but its key is gone, so none can be checked. */
        KEY_MISSING
    }

    default boolean intact() {
        return this instanceof Intact;
    }

    /** One line for a log or a technician: {@code intact: 12 entries, head …} or the problem. */
    default String describe() {
        if (this instanceof Intact ok) {
            return "intact: " + ok.entries() + " entries, head #" + ok.entries() + " " + ok.head();
        }
        Broken broken = (Broken) this;
        return "broken at entry " + broken.sequence() + " (" + broken.problem().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + "): " + broken.message();
    }
}
