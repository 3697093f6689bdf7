package org.onetrip.config;

import java.util.Locale;
import java.util.Objects;

/**
 * A text shown to citizens, in simplified Chinese and English. Written in YAML as
 * {@code {zh-CN: 营业执照, en: Business licence}}.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        requireText(zh, "zh-CN");
        requireText(en, "en");
    }

    private static void requireText(String text, String locale) {
        Objects.requireNonNull(text, locale);
        if (text.isBlank()) {
            throw new IllegalArgumentException(locale + " text must not be blank");
        }
    }

    /** The text for a locale: English for any English locale, Chinese otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
