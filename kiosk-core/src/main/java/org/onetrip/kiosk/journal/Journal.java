package org.onetrip.kiosk.journal;

/** Where journeys and the kiosk tell the electronic journal what happened. */
@FunctionalInterface
public interface Journal {

    /** Hands the event to the journal; returns at once, whatever thread calls it (the write happens elsewhere). */
    void note(JournalEvent event);
}
