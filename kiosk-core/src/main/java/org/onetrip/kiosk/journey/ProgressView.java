package org.onetrip.kiosk.journey;

import java.util.List;

/** What the "check my progress" journey shows after the ID card step. */
public sealed interface ProgressView {

    /** Nobody identified on this journey yet. */
    record NotYet() implements ProgressView {
    }

    /** Asking the approval system. */
    record Loading() implements ProgressView {
    }

    /**
     * The citizen's filings, newest first.
     *
     * @param onlyThisKiosk the approval system could not be reached: the rows are what this kiosk
     *     itself still holds, and the screen says so
     */
    record Filings(List<FilingRow> rows, boolean onlyThisKiosk) implements ProgressView {
        public Filings {
            rows = List.copyOf(rows);
        }

        /** Nothing filed under this card: the screen says what to do instead of showing an empty list. */
        public boolean nothingFiled() {
            return rows.isEmpty();
        }
    }
}
