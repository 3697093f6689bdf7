package org.onetrip.fleet;

/** Where the publisher takes the kiosk's status from: the kiosk's supervisor, or a simulated kiosk. */
@FunctionalInterface
public interface StatusSource {

    /** The status now; called on the telemetry's thread, must not block for long. */
    KioskStatus current();
}
