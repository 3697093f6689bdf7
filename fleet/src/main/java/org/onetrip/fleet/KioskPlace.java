package org.onetrip.fleet;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a kiosk stands in the fleet: its region, its hall and its own id. Each is one topic
 * level, so it may hold none of MQTT's {@code / + #} and nothing outside letters, digits,
 * {@code - _ .}.
 */
public record KioskPlace(String region, String hall, String kiosk) {

    private static final Pattern LEVEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public KioskPlace {
        check("region", region);
        check("hall", hall);
        check("kiosk", kiosk);
    }

    private static void check(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!LEVEL.matcher(value).matches()) {
            throw new IllegalArgumentException("the " + what + " '" + value + "' cannot name a topic level: use 1 to 64"
                    + " letters, digits, '-', '_' or '.', starting with a letter or digit");
        }
    }

    /** Whether {@code value} may stand as a region, hall or kiosk. */
    public static boolean isLevel(String value) {
        return value != null && LEVEL.matcher(value).matches();
    }

    @Override
    public String toString() {
        return region + "/" + hall + "/" + kiosk;
    }
}
