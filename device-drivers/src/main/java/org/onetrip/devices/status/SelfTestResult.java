package org.onetrip.devices.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a device self-test, for technicians.
 *
 * @param ok       whether the device answered and reported no fault
 * @param details  identity and firmware facts the device reported, in a stable order
 *                 (for example {@code reader}, {@code samId}); never personal data
 * @param duration how long the test took
 * @param message  one line for technicians
 */
public record SelfTestResult(boolean ok, Map<String, String> details, Duration duration, String message) {
    public SelfTestResult {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(message, "message");
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
