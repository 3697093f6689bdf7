package org.onetrip.fleet;

/**
 * What a kiosk does for the fleet's commands. Each call returns within a bound and says how it
 * went; none interrupts a citizen: taking the kiosk out of service, applying a bundle and
 * restarting are refused while a session is active.
 */
public interface KioskControls {

    CommandOutcome outOfService();

    CommandOutcome inService();

    /** Runs every device's self-test and reports. */
    CommandOutcome selfTest();

    /** Sends the masked logs to {@code url} (HTTPS, or HTTP on loopback). */
    CommandOutcome sendLogs(String url);

    /** Applies the named configuration or catalog bundle, checked first. */
    CommandOutcome applyBundle(String version);

    /** Restarts the kiosk when idle. */
    CommandOutcome restart();
}
