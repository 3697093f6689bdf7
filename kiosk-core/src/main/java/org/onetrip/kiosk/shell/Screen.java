package org.onetrip.kiosk.shell;

/** The screens of the kiosk shell. */
public enum Screen {
    /** Nobody is using the kiosk: invites a touch. */
    ATTRACT,
    /** A session has started: offers the journeys. */
    HOME,
    /** A journey has been chosen: shows its first step. */
    JOURNEY,
    /** The kiosk cannot serve anyone now and says where to go instead. */
    OUT_OF_SERVICE
}
