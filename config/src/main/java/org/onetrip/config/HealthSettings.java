package org.onetrip.config;

import java.util.OptionalInt;

/**
 * How the kiosk reports its health besides the heartbeat to the backend.
 *
 * @param metricsPort the loopback port serving device states and counters in Prometheus text
 *     format, 1024 to 65535; empty (the default) serves nothing
 */
public record HealthSettings(OptionalInt metricsPort) {

    public static final int MIN_PORT = 1024;
    public static final int MAX_PORT = 65535;
    public static final HealthSettings OFF = new HealthSettings(OptionalInt.empty());

    public HealthSettings {
        metricsPort.ifPresent(port -> {
            if (port < MIN_PORT || port > MAX_PORT) {
                throw new IllegalArgumentException("metricsPort must be " + MIN_PORT + " to " + MAX_PORT + ", was " + port);
            }
        });
    }
}
