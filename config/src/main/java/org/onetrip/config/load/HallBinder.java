package org.onetrip.config.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.config.CertificateFont;
import org.onetrip.config.DidYouMean;
import org.onetrip.config.HallPolicy;
import org.onetrip.config.calendar.WorkingDayCalendar;

/**
 * Binds the {@code hall} section of kiosk.yaml to a {@link HallPolicy}. Font files not installed and years
 * the calendar does not cover are warnings: the configuration stays usable (certificates cannot be
 * printed without their fonts; dates in an uncovered year count Monday to Friday).
 */
final class HallBinder {

    static final String ZONE = "a time zone id such as Asia/Shanghai";
    private static final String FONT = "a font file path, or a mapping with file and, for a .ttc collection, face";

    private final Path configDirectory;
    private final Clock clock;

    HallBinder(Path configDirectory, Clock clock) {
        this.configDirectory = configDirectory;
        this.clock = clock;
    }

    Optional<HallPolicy> bind(YamlValue value) {
        return value.mapping().flatMap(hall -> {
            int before = value.file().problems().count();
            ZoneId zone = hall.optional("timeZone", HallPolicy.DEFAULT_TIME_ZONE, ZONE, HallBinder::zone);
            Optional<URI> url = hall.required("certificateVerificationUrl", HallPolicy.VERIFICATION_URL_EXPECTATION,
                    HallBinder::verificationUrl);
            Optional<YamlValue> fontsKey = hall.optional("certificateFonts");
            List<CertificateFont> fonts = fontsKey.map(this::fonts).orElseGet(() -> {
                for (CertificateFont font : HallPolicy.DEBIAN_FONTS) {
                    if (!Files.isRegularFile(font.file())) {
                        value.file().warning(value.keyMark(), value.path() + ".certificateFonts", "default certificate font " + font.file()
                                + " is not installed; " + consequence(font.file()));
                    }
                }
                return HallPolicy.DEBIAN_FONTS;
            });
            Optional<YamlValue> calendarsKey = hall.optional("calendars");
            WorkingDayCalendar calendar = calendarsKey.map(this::calendar).orElse(WorkingDayCalendar.WEEKDAYS_ONLY);
            hall.finish();
            if (value.file().problems().count() == before) {
                warnOfUncoveredYears(value, calendarsKey, zone, calendar);
            }
            return value.build(before, () -> new HallPolicy(zone, url.orElseThrow(), fonts, calendar));
        });
    }

    private static ZoneId zone(String text) {
        String id = text.strip();
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            Optional<String> near = DidYouMean.closest(id, ZoneId.getAvailableZoneIds());
            if (near.isPresent()) {
                throw new IllegalArgumentException("did you mean '" + near.get() + "'?");
            }
            throw new Rejected(id);
        }
    }

    private static URI verificationUrl(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new Rejected(text);
        }
        HallPolicy.checkVerificationUrl(url);
        return url;
    }

    private List<CertificateFont> fonts(YamlValue value) {
        List<CertificateFont> fonts = new ArrayList<>();
        value.list().ifPresent(items -> {
            if (items.isEmpty()) {
                value.problem("expected at least one font: the main font first, then fallbacks");
            }
            for (YamlValue item : items) {
                font(item).ifPresent(fonts::add);
            }
        });
        return fonts;
    }

    private Optional<CertificateFont> font(YamlValue item) {
        int before = item.file().problems().count();
        Optional<YamlValue> fileNode;
        Optional<String> file;
        Optional<String> face = Optional.empty();
        if (item.node() instanceof org.yaml.snakeyaml.nodes.MappingNode) {
            MappingReader font = item.mapping().orElseThrow();
            fileNode = font.optional("file");
            file = font.text("file");
            face = font.optionalText("face");
            font.finish();
        } else {
            fileNode = Optional.of(item);
            file = item.scalar(FONT).flatMap(text -> item.text());
        }
        Optional<String> chosenFace = face;
        Optional<CertificateFont> bound = item.build(before, () -> new CertificateFont(resolve(file.orElseThrow()), chosenFace));
        bound.filter(font -> !Files.isRegularFile(font.file())).ifPresent(font -> fileNode.orElse(item).warning(
                "certificate font " + font.file() + " is not installed; " + consequence(font.file())));
        return bound;
    }

    private static String consequence(Path font) {
        String name = font.toString();
        String hint = name.contains("/wqy/") ? " (Debian: apt-get install fonts-wqy-zenhei)"
                : name.contains("/hanazono/") ? " (Debian: apt-get install fonts-hanazono)" : "";
        return "certificates cannot be printed until it is installed" + hint + " or the path is corrected";
    }

    private WorkingDayCalendar calendar(YamlValue value) {
        CalendarBinder calendars = new CalendarBinder();
        value.list().ifPresent(items -> {
            for (YamlValue item : items) {
                item.text().ifPresent(text -> {
                    Path file = resolve(text);
                    if (!Files.isRegularFile(file)) {
                        item.problem("calendar file " + file + " not found; give a path absolute or relative to "
                                + configDirectory);
                    } else {
                        calendars.read(file, value.file().problems());
                    }
                });
            }
        });
        return calendars.calendar();
    }

    private void warnOfUncoveredYears(YamlValue hall, Optional<YamlValue> calendarsKey, ZoneId zone,
                                      WorkingDayCalendar calendar) {
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
        List<String> missing = new ArrayList<>();
        for (int year : new int[] {thisYear, thisYear + 1}) {
            if (!calendar.covers(year)) {
                missing.add(String.valueOf(year));
            }
        }
        if (!missing.isEmpty()) {
            String message = "the working-day calendar has no arrangement for " + String.join(" and ", missing)
                    + "; promised and top-up dates there count Monday to Friday only, without public holidays."
                    + " Add that year's calendar file (see conf/calendars/)";
            if (calendarsKey.isPresent()) {
                calendarsKey.get().warning(message);
            } else {
                hall.file().warning(hall.keyMark(), hall.path() + ".calendars", message);
            }
        }
    }

    private Path resolve(String path) {
        return configDirectory.resolve(path).toAbsolutePath().normalize();
    }
}
