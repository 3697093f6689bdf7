package org.onetrip.devices.receipt.layout;

/** Horizontal placement of a line, a code or an image on the roll. */
public enum Alignment {
    LEFT, CENTRE, RIGHT
}
