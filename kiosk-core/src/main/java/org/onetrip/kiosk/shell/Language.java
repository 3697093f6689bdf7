package org.onetrip.kiosk.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The languages the kiosk speaks. */
public enum Language {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a locale: any English locale is {@link #EN}; Chinese is {@link #ZH_CN} for
     * mainland China or no country.
     *
     * @throws IllegalArgumentException naming the supported languages, for any other locale
     */
    public static Language of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (locale.getLanguage().equals("en")) {
            return EN;
        }
        if (locale.getLanguage().equals("zh") && (locale.getCountry().isEmpty() || locale.getCountry().equals("CN"))) {
            return ZH_CN;
        }
        throw new IllegalArgumentException("unsupported language '" + locale.toLanguageTag() + "'; supported: "
                + Arrays.stream(values()).map(l -> l.locale.toLanguageTag()).collect(Collectors.joining(", ")));
    }
}
