package org.onetrip.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The languages the screens offer.
 *
 * @param defaultLocale shown when a session starts; must be one of {@code available}
 * @param available     offered in the language switch, in this order
 */
public record LocaleSettings(Locale defaultLocale, List<Locale> available) {

    /** Languages the kiosk has texts for; every {@link LocalizedText} carries both. */
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("en"));

    /** Chinese first, English available. */
    public static final LocaleSettings DEFAULT = new LocaleSettings(SUPPORTED.get(0), SUPPORTED);

    public LocaleSettings {
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        available = List.copyOf(available);
        for (Locale locale : available) {
            if (!SUPPORTED.contains(locale)) {
                throw new IllegalArgumentException("unsupported locale " + locale.toLanguageTag() + "; supported: zh-CN, en");
            }
        }
        if (!available.contains(defaultLocale)) {
            throw new IllegalArgumentException("default locale " + defaultLocale.toLanguageTag() + " is not among the available locales");
        }
    }
}
