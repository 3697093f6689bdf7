package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onetrip.kiosk.shell.Language;

class ShellSettingsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HALF_MINUTE = Duration.ofSeconds(30);

    @Test
    void gives_the_model_its_language_timeouts_and_hall_names() {
        ShellSettings settings = new ShellSettings(true, "示范区政务服务中心", "Demo Hall", Locale.ENGLISH, MINUTE, HALF_MINUTE);

        assertThat(settings.defaultLanguage()).isEqualTo(Language.EN);
        assertThat(settings.sessionTimeouts().inactivity()).isEqualTo(MINUTE);
        assertThat(settings.hallName(Language.ZH_CN)).isEqualTo("示范区政务服务中心");
        assertThat(settings.hallName(Language.EN)).isEqualTo("Demo Hall");
    }

    @Test
    void rejects_an_unsupported_default_language() {
        assertThatThrownBy(() -> new ShellSettings(true, "大厅", "Hall", Locale.JAPANESE, MINUTE, HALF_MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported language 'ja'");
    }

    @Test
    void rejects_a_blank_hall_name() {
        assertThatThrownBy(() -> new ShellSettings(true, " ", "Hall", Locale.CHINA, MINUTE, HALF_MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hallNameZh must not be blank");
        assertThatThrownBy(() -> new ShellSettings(true, "大厅", null, Locale.CHINA, MINUTE, HALF_MINUTE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("hallNameEn");
    }

    @Test
    void rejects_unusable_timeouts() {
        assertThatThrownBy(() -> new ShellSettings(true, "大厅", "Hall", Locale.CHINA, Duration.ZERO, HALF_MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inactivity must be positive");
        assertThatThrownBy(() -> new ShellSettings(true, "大厅", "Hall", Locale.CHINA, MINUTE, Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warning must be at least 1 s");
    }
}
