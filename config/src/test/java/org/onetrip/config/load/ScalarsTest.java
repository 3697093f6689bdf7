package org.onetrip.config.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarsTest {

    @Test
    void durationsAreWrittenWithAUnitOrInIso8601() {
        assertThat(Scalars.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Scalars.duration("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(Scalars.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Scalars.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Scalars.duration("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(Scalars.duration("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Scalars.duration("pt1m30s")).isEqualTo(Duration.ofSeconds(90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60", "0s", "-5s", "PT0S", "PT-1M", "5 minutes", "1.5s", "s", ""})
    void durationsThatAreNotPositiveOrHaveNoUnitAreRejected(String text) {
        assertThatThrownBy(() -> Scalars.duration(text)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void wholeNumbersAreCheckedAgainstTheirRange() {
        assertThat(Scalars.wholeNumber(1, 65535).apply("65535")).isEqualTo(65535);
        assertThatThrownBy(() -> Scalars.wholeNumber(1, 65535).apply("0")).isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> Scalars.wholeNumber(1, 65535).apply("9100.5")).isInstanceOf(Rejected.class);
    }

    @Test
    void booleansAreOnlyTrueOrFalse() {
        assertThat(Scalars.bool("true")).isTrue();
        assertThat(Scalars.bool("false")).isFalse();
        assertThatThrownBy(() -> Scalars.bool("yes")).isInstanceOf(Rejected.class);
    }
}
