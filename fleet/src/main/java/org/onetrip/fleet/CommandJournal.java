package org.onetrip.fleet;

/** Where a kiosk writes each command it got and what came of it (its audit journal). */
@FunctionalInterface
public interface CommandJournal {

    /**
     * @param actor  who sent it ({@code fleet:KEYID})
     * @param detail the command, its order id and its outcome; never personal data
     */
    void record(String actor, String detail);
}
