package org.onetrip.kiosk.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onetrip.devices.status.DeviceState;

/**
 * One device's self-test, for technicians on the screen or a remote shell.
 *
 * @param device  the device's name
 * @param state   its state after the test
 * @param reasons its reasons after the test, by name
 * @param ok      whether the self-test passed
 * @param took    how long it took (up to the time-out when it never answered)
 * @param message one line from the self-test; never personal data
 * @param details identity and firmware facts the device reported
 */
public record DiagnosticResult(String device, DeviceState state, List<String> reasons, boolean ok, Duration took,
        String message, Map<String, String> details) {
    public DiagnosticResult {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(message, "message");
        reasons = List.copyOf(reasons);
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Whole milliseconds taken. */
    public long ms() {
        return took.toMillis();
    }
}
