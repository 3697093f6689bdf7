package org.onetrip.devices.scanner.sim;

/** The kinds of sheet the simulated scanner can have in its feeder or on its glass. */
public enum SimulatedPage {
    /** A filled-in A4 form: title, paragraphs, a table, a red stamp and a signature. */
    DOCUMENT("document"),
    /** A sheet with nothing on it, only the paper's slight noise. */
    BLANK("blank"),
    /** The document fed in crooked, turned by a few degrees. */
    SKEWED("skewed"),
    /** The document from a copier set far too dark. */
    DARK("dark"),
    /** The document's JPEG cut off part-way, as from a dropped connection inside the device. */
    CORRUPT("corrupt");

    private final String word;

    SimulatedPage(String word) {
        this.word = word;
    }

    /** The word used on the simulator's command API, e.g. {@code blank}. */
    public String word() {
        return word;
    }

    public static SimulatedPage ofWord(String word) {
        for (SimulatedPage page : values()) {
            if (page.word.equals(word)) {
                return page;
            }
        }
        throw new IllegalArgumentException("unknown page '" + word + "'; one of document, blank, skewed, dark, corrupt");
    }
}
