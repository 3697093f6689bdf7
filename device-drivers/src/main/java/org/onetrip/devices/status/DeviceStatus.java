package org.onetrip.devices.status;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of a device's health.
 *
 * @param state     the device state
 * @param reasons   why the device is in that state; empty when nothing is to report
 * @param since     when the device entered this state and set of reasons
 * @param lastError the last error text for technicians (never personal data), if any
 */
public record DeviceStatus(DeviceState state, Set<DeviceReason> reasons, Instant since, Optional<String> lastError) {
    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastError, "lastError");
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    public static DeviceStatus of(DeviceState state, Instant since) {
        return new DeviceStatus(state, Set.of(), since, Optional.empty());
    }

    /** Whether this status says the same as another one, ignoring the time. */
    public boolean sameConditionAs(DeviceStatus other) {
        return state == other.state && reasons.equals(other.reasons) && lastError.equals(other.lastError);
    }
}
