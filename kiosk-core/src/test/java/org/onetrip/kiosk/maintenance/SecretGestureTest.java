package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SecretGestureTest {
    private static final Instant T0 = Instant.parse("2026-11-21T14:00:00Z");
    private final SecretGesture gesture = SecretGesture.standard();

    private boolean tapCorner(long millis) {
        return gesture.tap(new ScreenTap(0.03, 0.05, T0.plusMillis(millis)));
    }

    @Test
    void fiveQuickTapsInTheTopLeftCornerCompleteIt() {
        assertThat(tapCorner(0)).isFalse();
        assertThat(tapCorner(400)).isFalse();
        assertThat(tapCorner(800)).isFalse();
        assertThat(tapCorner(1200)).isFalse();
        assertThat(tapCorner(1600)).isTrue();
    }

    @Test
    void tapsSpreadOverMoreThanThreeSecondsDoNot() {
        for (long t = 0; t < 5 * 800; t += 800) {
            assertThat(tapCorner(t)).isFalse();
        }
    }

    @Test
    void aSlowStartIsForgivenWhenTheLastFiveAreQuick() {
        tapCorner(0);
        for (long t = 5000; t <= 6600; t += 400) {
            if (t < 6600) {
                assertThat(tapCorner(t)).isFalse();
            } else {
                assertThat(tapCorner(t)).isTrue();
            }
        }
    }

    @Test
    void aTapElsewhereStartsOver() {
        tapCorner(0);
        tapCorner(100);
        tapCorner(200);
        assertThat(gesture.tap(new ScreenTap(0.5, 0.5, T0.plusMillis(300)))).isFalse();
        tapCorner(400);
        tapCorner(500);
        assertThat(tapCorner(600)).as("only three corner taps since the tap elsewhere").isFalse();
    }

    @Test
    void itStartsOverAfterCompleting() {
        for (long t = 0; t < 500; t += 100) {
            tapCorner(t);
        }
        assertThat(tapCorner(600)).isFalse();
    }

    @Test
    void tapsOutsideTheScreenAreRefused() {
        assertThatThrownBy(() -> new ScreenTap(1.2, 0.1, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> new SecretGesture(1, java.time.Duration.ofSeconds(3), 0.1))
                .hasMessageContaining("taps must be 2 to 20");
    }
}
