package org.onetrip.config.load;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onetrip.config.ConfigName;

/** Parsers for the scalar value types of the configuration files, each with the wording of what it expects. */
final class Scalars {

    static final String DURATION = "a positive duration such as 500ms, 60s, 2m, 1h, 1d or ISO-8601 PT1M";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Scalars() {
    }

    static <E extends Enum<E> & ConfigName> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ConfigName::configName).collect(Collectors.joining(", "));
    }

    static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Rejected(text);
        };
    }

    static String wholeNumberExpectation(int min, int max) {
        return "a whole number from " + min + " to " + max;
    }

    static Function<String, Integer> wholeNumber(int min, int max) {
        return text -> {
            int value = parseInt(text);
            if (value < min || value > max) {
                throw new Rejected("out of range");
            }
            return value;
        };
    }

    static String oneOfExpectation(Collection<Integer> allowed) {
        return "one of " + allowed.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static Function<String, Integer> oneOf(Collection<Integer> allowed) {
        return text -> {
            int value = parseInt(text);
            if (!allowed.contains(value)) {
                throw new Rejected("not allowed");
            }
            return value;
        };
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Rejected(text);
        }
    }

    /** {@code 500ms}, {@code 60s}, {@code 2m}, {@code 1h}, {@code 1d} or ISO-8601 such as {@code PT1M30S}; positive. */
    static Duration duration(String text) {
        String trimmed = text.strip();
        Duration duration;
        Matcher matcher = SHORT_DURATION.matcher(trimmed);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new Rejected("not positive");
        }
        return duration;
    }

    static URI httpUrl(String text) {
        URI uri = URI.create(text.strip());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new Rejected("not http");
        }
        return uri;
    }

    static URI uri(String text) {
        URI uri = URI.create(text.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new Rejected("no scheme or host");
        }
        return uri;
    }

    /** Bytes written in hex, spaces allowed between them. */
    static byte[] hex(String text) {
        String digits = text.replace(" ", "");
        if (digits.isEmpty() || digits.length() % 2 != 0) {
            throw new Rejected(text);
        }
        return HexFormat.of().parseHex(digits);
    }

    /** A {@link java.time.format.DateTimeFormatter} pattern; returned as given once it parses. */
    static String datePattern(String text) {
        java.time.format.DateTimeFormatter.ofPattern(text);
        return text;
    }

    static Locale locale(String text) {
        Locale locale = Locale.forLanguageTag(text.strip());
        if (!org.onetrip.config.LocaleSettings.SUPPORTED.contains(locale)) {
            throw new Rejected("unsupported");
        }
        return locale;
    }
}
