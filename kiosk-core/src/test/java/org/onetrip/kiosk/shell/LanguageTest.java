package org.onetrip.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void maps_the_supported_locales() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(Locale.forLanguageTag("zh"))).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(Locale.US)).isEqualTo(Language.EN);
        assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.EN);
    }

    @Test
    void rejects_other_locales_naming_the_supported_ones() {
        assertThatThrownBy(() -> Language.of(Locale.TRADITIONAL_CHINESE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zh-TW")
                .hasMessageContaining("zh-CN, en");
        assertThatThrownBy(() -> Language.of(Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'");
    }
}
