package org.onetrip.fleet;

/**
 * The retained presence message: the birth a kiosk publishes on connecting, and the last will
 * the broker publishes in its place when the connection drops.
 *
 * @param kiosk   the kiosk's id
 * @param online  true in the birth, false in the will and at an orderly stop
 * @param version the kiosk software's version
 * @param at      when the kiosk said it (for the will: when it connected), ISO-8601
 */
public record Presence(String kiosk, boolean online, String version, String at) {
}
