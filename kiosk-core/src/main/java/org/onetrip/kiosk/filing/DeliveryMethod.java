package org.onetrip.kiosk.filing;

/** How the citizen receives the result. */
public enum DeliveryMethod {
    /** Collect it at the service hall. */
    AT_HALL,
    /** By post, to an address the citizen gives. */
    BY_POST
}
