package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LockoutScheduleTest {

    private final LockoutSchedule standard = new LockoutSchedule(5, Duration.ofMinutes(5), 20);

    @Test
    void afterEveryFiveWrongPinsEntryClosesFiveMinutesThenTwiceAsLong() {
        assertThat(standard.closingAfter(4)).isEmpty();
        assertThat(standard.closingAfter(5)).contains(Duration.ofMinutes(5));
        assertThat(standard.closingAfter(6)).isEmpty();
        assertThat(standard.closingAfter(10)).contains(Duration.ofMinutes(10));
        assertThat(standard.closingAfter(15)).contains(Duration.ofMinutes(20));
        assertThat(standard.closingAfter(19)).isEmpty();
    }

    @Test
    void theTwentiethWrongPinTakesTheKioskOutOfService() {
        assertThat(standard.outOfService(19)).isFalse();
        assertThat(standard.outOfService(20)).isTrue();
        assertThat(standard.closingAfter(20)).as("no timed closing: out of service instead").isEmpty();
        assertThat(standard.closingBeyond()).as("after a card lifted it: the closing that would come next")
                .isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void attemptsLeftCountToTheNextClosingOrTheOutOfService() {
        assertThat(standard.attemptsLeft(0)).isEqualTo(5);
        assertThat(standard.attemptsLeft(3)).isEqualTo(2);
        assertThat(standard.attemptsLeft(5)).isEqualTo(5);
        assertThat(standard.attemptsLeft(18)).isEqualTo(2);
        assertThat(standard.attemptsLeft(25)).isEqualTo(1);
    }

    @Test
    void noClosingIsLongerThanADay() {
        LockoutSchedule steep = new LockoutSchedule(1, Duration.ofHours(1), 20);

        assertThat(steep.closingAfter(19)).contains(Duration.ofDays(1));
        assertThat(steep.closingAfter(3)).contains(Duration.ofHours(4));
        assertThat(steep.closingBeyond()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void stepsOfThreeCloseSixTimesBeforeTheTwentieth() {
        LockoutSchedule three = new LockoutSchedule(3, Duration.ofMinutes(5), 20);

        assertThat(three.closingAfter(18)).isEqualTo(Optional.of(Duration.ofMinutes(5 * 32)));
        assertThat(three.attemptsLeft(18)).isEqualTo(2);
    }

    @Test
    void aScheduleOutsideItsBoundsIsRefused() {
        assertThatThrownBy(() -> new LockoutSchedule(0, Duration.ofMinutes(5), 20)).hasMessageContaining("wrongPerStep");
        assertThatThrownBy(() -> new LockoutSchedule(5, Duration.ofMinutes(5), 21)).hasMessageContaining("outOfServiceAfter");
        assertThatThrownBy(() -> new LockoutSchedule(5, Duration.ZERO, 20)).hasMessageContaining("firstClosing");
    }
}
