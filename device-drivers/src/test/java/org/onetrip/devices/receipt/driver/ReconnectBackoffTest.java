package org.onetrip.devices.receipt.driver;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconnectBackoffTest {
    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(5));

    @Test
    void doublesUpToTheMaximum() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(1000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> backoff.delay(0)).hasMessage("attempt must be 1 or more, was 0");
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("first reconnect delay must be positive, was PT0S");
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("max reconnect delay must be at least PT2S, was PT1S");
        assertThatThrownBy(() -> new org.onetrip.devices.receipt.ReceiptId("a b"))
                .hasMessage("a receipt id is 1..64 of [A-Za-z0-9._-], was 'a b'");
    }
}
