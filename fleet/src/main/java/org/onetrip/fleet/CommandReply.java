package org.onetrip.fleet;

/**
 * A kiosk's acknowledgement of a command, sent to the operator's response topic with the
 * command's correlation data.
 *
 * @param kiosk   the kiosk that answers
 * @param order   the order's id (empty when the order could not be read)
 * @param command the command's word
 * @param outcome DONE, REFUSED or FAILED
 * @param detail  a short line saying what happened
 * @param at      when, ISO-8601
 */
public record CommandReply(String kiosk, String order, String command, String outcome, String detail, String at) {

    public boolean done() {
        return "DONE".equals(outcome);
    }

    /** One line for a terminal. */
    public String line() {
        return kiosk + " " + command + ": " + outcome + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
