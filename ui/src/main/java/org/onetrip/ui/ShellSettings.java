package org.onetrip.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Language;

/**
 * How the kiosk shell is shown.
 *
 * @param kioskMode full screen, undecorated, always on top, with no way out by key or gesture;
 *     {@code false} opens a normal window for development
 * @param hallNameZh the service hall's name in Chinese, shown on every screen
 * @param hallNameEn the service hall's name in English
 * @param defaultLocale the language every session starts in; must be a supported {@link Language}
 * @param inactivity time without a touch before the are-you-still-there warning
 * @param warning how long the warning counts down before the session ends
 */
public record ShellSettings(boolean kioskMode, String hallNameZh, String hallNameEn, Locale defaultLocale,
        Duration inactivity, Duration warning) {

    public ShellSettings {
        requireText(hallNameZh, "hallNameZh");
        requireText(hallNameEn, "hallNameEn");
        Language.of(Objects.requireNonNull(defaultLocale, "defaultLocale"));
        new SessionTimeouts(inactivity, warning);
    }

    public Language defaultLanguage() {
        return Language.of(defaultLocale);
    }

    public SessionTimeouts sessionTimeouts() {
        return new SessionTimeouts(inactivity, warning);
    }

    /** The hall's name as shown in {@code language}. */
    public String hallName(Language language) {
        return switch (language) {
            case ZH_CN -> hallNameZh;
            case EN -> hallNameEn;
        };
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
