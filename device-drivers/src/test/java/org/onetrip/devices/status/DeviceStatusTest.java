package org.onetrip.devices.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeviceStatusTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void listenersHearOnlyRealChanges() {
        DeviceHealth health = new DeviceHealth("idcard", DeviceState.OFFLINE, clock);
        List<DeviceStatusChanged> events = new ArrayList<>();
        health.addListener(events::add);

        health.online();
        health.online();
        health.report(DeviceState.HARDWARE_ERROR, DeviceReason.SAM_FAULT, "SAM says 60");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).previous().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(events.get(1).current().reasons()).containsExactly(DeviceReason.SAM_FAULT);
        assertThat(events.get(1).current().lastError()).contains("SAM says 60");
        assertThat(health.current().since()).isEqualTo(clock.instant());
    }

    @Test
    void everyReasonExplainsItself() {
        for (DeviceReason reason : DeviceReason.values()) {
            assertThat(reason.description()).isNotBlank();
        }
        assertThat(DeviceState.DEGRADED.isUsable()).isTrue();
        assertThat(DeviceState.HARDWARE_ERROR.isUsable()).isFalse();
        assertThat(new DeviceStatus(DeviceState.ONLINE, Set.of(), clock.instant(), Optional.empty()).reasons()).isEmpty();
    }

    @Test
    void countersCountByName() {
        DeviceCounters counters = new DeviceCounters();
        counters.increment("cardsRead");
        counters.increment("cardsRead");
        counters.add("bytesSent", 30);

        assertThat(counters.get("cardsRead")).isEqualTo(2);
        assertThat(counters.get("never")).isZero();
        assertThat(counters.snapshot()).containsExactly(java.util.Map.entry("bytesSent", 30L), java.util.Map.entry("cardsRead", 2L));
    }
}
