package org.onetrip.kiosk.session;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionTimeoutsTest {

    @Test
    void rejects_a_zero_or_negative_inactivity() {
        assertThatThrownBy(() -> new SessionTimeouts(Duration.ZERO, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inactivity must be positive, was PT0S");
        assertThatThrownBy(() -> new SessionTimeouts(Duration.ofSeconds(-5), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inactivity must be positive");
    }

    @Test
    void rejects_a_warning_too_short_to_read() {
        assertThatThrownBy(() -> new SessionTimeouts(Duration.ofSeconds(60), Duration.ofMillis(300)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warning must be at least 1 s, was PT0.3S");
    }

    @Test
    void rejects_missing_durations() {
        assertThatThrownBy(() -> new SessionTimeouts(null, Duration.ofSeconds(10)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("inactivity");
    }
}
