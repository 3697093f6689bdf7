package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.config.ConfigDirectory.columnOf;
import static org.onetrip.config.ConfigDirectory.lineOf;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hall policy, the working-day calendar files and the card-away grace period: each kind of mistake. */
class HallFileProblemsTest {

    /** 2026-12-07 in the afternoon, Beijing time. */
    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC);

    private static final String CALENDAR_2026 = """
            year: 2026
            source: test
            holidays:
              - {name: 国庆节, from: 2026-10-01, to: 2026-10-07}
              - {name: 元旦, date: 2026-01-01}
            makeUpWorkingDays:
              - 2026-09-20
              - 2026-10-10
            """;
    private static final String CALENDAR_2027 = """
            year: 2027
            holidays:
              - {name: 元旦, date: 2027-01-01}
            """;

    @TempDir
    Path dir;

    ConfigDirectory config;

    @BeforeEach
    void setUp() {
        config = new ConfigDirectory(dir);
    }

    private void withHall(String body) {
        config.editKiosk("hall:\n  certificateVerificationUrl: https://zwfw.example.gov.cn/verify\n", "hall:\n" + body);
    }

    private void withCalendars() {
        config.writeFile("calendars/cn-2026.yaml", CALENDAR_2026);
        config.writeFile("calendars/cn-2027.yaml", CALENDAR_2027);
        withHall("""
                  certificateVerificationUrl: https://zwfw.example.gov.cn/verify
                  calendars: [calendars/cn-2026.yaml, calendars/cn-2027.yaml]
                """);
    }

    @Test
    void theDefaultsAreShanghaiDebiansFontsAndThirtySecondsForARemovedCard() {
        KioskSettings kiosk = config.load().kiosk();

        assertThat(kiosk.hall().timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(kiosk.hall().certificateVerificationUrl()).isEqualTo(URI.create("https://zwfw.example.gov.cn/verify"));
        assertThat(kiosk.hall().certificateFonts()).isEqualTo(HallPolicy.DEBIAN_FONTS);
        assertThat(kiosk.hall().certificateFonts().get(0).face()).hasValue("WenQuanYiZenHei");
        assertThat(kiosk.hall().calendar()).isEqualTo(org.onetrip.config.calendar.WorkingDayCalendar.WEEKDAYS_ONLY);
        assertThat(kiosk.timeouts().cardAway()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theVerificationUrlIsRequired() {
        withHall("  timeZone: Asia/Shanghai\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "hall:"));
            assertThat(problem.keyPath()).isEqualTo("hall.certificateVerificationUrl");
            assertThat(problem.message()).contains("required key is missing", "https://");
        });
    }

    @Test
    void aMissingHallSectionNamesWhatItNeeds() {
        config.editKiosk("hall:\n  certificateVerificationUrl: https://zwfw.example.gov.cn/verify\n", "");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("hall");
            assertThat(problem.message()).contains("required key is missing", "certificateVerificationUrl");
        });
    }

    @Test
    void aPlainHttpVerificationUrlIsRefusedUnlessOnLoopback() {
        withHall("  certificateVerificationUrl: http://zwfw.example.gov.cn/verify\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "http://zwfw"));
            assertThat(problem.column()).isEqualTo(columnOf(config.kiosk, "http://zwfw"));
            assertThat(problem.keyPath()).isEqualTo("hall.certificateVerificationUrl");
            assertThat(problem.message()).contains("must be https://", "loopback");
        });

        config.editKiosk("http://zwfw.example.gov.cn/verify", "http://127.0.0.1:18080/verify");
        assertThat(config.load().kiosk().hall().certificateVerificationUrl())
                .isEqualTo(URI.create("http://127.0.0.1:18080/verify"));
    }

    @Test
    void aVerificationUrlWithAQueryOrWithoutHostIsRefused() {
        withHall("  certificateVerificationUrl: https://zwfw.example.gov.cn/verify?lang=zh\n");
        assertThat(config.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("must not have '?' or '#'", "?code="));

        config.editKiosk("https://zwfw.example.gov.cn/verify?lang=zh", "zwfw.example.gov.cn/verify");
        assertThat(config.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("needs a scheme and a host"));
    }

    @Test
    void anUnknownTimeZoneIsReportedWithTheZoneItWasMeantToBe() {
        withHall("""
                  timeZone: Asia/Shanghi
                  certificateVerificationUrl: https://zwfw.example.gov.cn/verify
                """);

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "Asia/Shanghi"));
            assertThat(problem.column()).isEqualTo(columnOf(config.kiosk, "Asia/Shanghi"));
            assertThat(problem.keyPath()).isEqualTo("hall.timeZone");
            assertThat(problem.message()).contains("time zone id", "'Asia/Shanghi'", "did you mean 'Asia/Shanghai'?");
        });
    }

    @Test
    void theConfiguredZoneIsKept() {
        withHall("""
                  timeZone: Asia/Urumqi
                  certificateVerificationUrl: https://zwfw.example.gov.cn/verify
                """);

        assertThat(config.load().kiosk().hall().timeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    }

    @Test
    void aFontNotInstalledIsAWarningWithItsLineAndTheConfigurationStaysUsable() {
        Path installed = config.writeFile("fonts/main.ttf", "not really a font; only its existence is checked");
        withHall("""
                  certificateVerificationUrl: https://zwfw.example.gov.cn/verify
                  certificateFonts:
                    - fonts/main.ttf
                    - {file: /nonexistent/fonts/rare.ttc, face: RareFace}
                """);

        CheckedConfiguration checked = config.check(DECEMBER_2026);

        assertThat(checked.configuration().kiosk().hall().certificateFonts()).containsExactly(
                CertificateFont.of(installed), CertificateFont.inCollection(Path.of("/nonexistent/fonts/rare.ttc"), "RareFace"));
        assertThat(checked.warnings()).filteredOn(w -> w.keyPath().startsWith("hall.certificateFonts")).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.file()).isEqualTo(config.kioskFile());
                    assertThat(warning.line()).isEqualTo(lineOf(config.kiosk, "/nonexistent/fonts/rare.ttc"));
                    assertThat(warning.keyPath()).isEqualTo("hall.certificateFonts[1].file");
                    assertThat(warning.message()).contains("/nonexistent/fonts/rare.ttc", "is not installed",
                            "certificates cannot be printed");
                });
    }

    @Test
    void aCollectionWithoutItsFaceOrAFontOfAnotherKindIsAProblem() {
        withHall("""
                  certificateVerificationUrl: https://zwfw.example.gov.cn/verify
                  certificateFonts:
                    - /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
                    - /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.otf
                """);

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).extracting(ConfigurationProblem::keyPath)
                .containsExactly("hall.certificateFonts[0]", "hall.certificateFonts[1]");
        assertThat(problems.get(0).line()).isEqualTo(lineOf(config.kiosk, "wqy-zenhei.ttc"));
        assertThat(problems.get(0).message()).contains(".ttc collection needs the face");
        assertThat(problems.get(1).message()).contains("expected a TrueType .ttf font or .ttc collection");
    }

    @Test
    void theCalendarFilesMakeOneCalendarAndCoveringThisYearAndNextWarnsOfNothing() {
        withCalendars();

        CheckedConfiguration checked = config.check(DECEMBER_2026);

        var calendar = checked.configuration().kiosk().hall().calendar();
        assertThat(calendar.years()).containsExactly(2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.holidayOn(LocalDate.of(2026, 10, 1))).hasValue("国庆节");
        assertThat(checked.warnings()).noneMatch(w -> w.keyPath().startsWith("hall.calendars"));
    }

    @Test
    void aYearTheCalendarDoesNotCoverIsAWarning() {
        withCalendars();

        CheckedConfiguration checked = config.check(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));

        assertThat(checked.warnings()).filteredOn(w -> w.keyPath().equals("hall.calendars")).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.line()).isEqualTo(lineOf(config.kiosk, "calendars: ["));
                    assertThat(warning.message()).contains("no arrangement for 2028", "Monday to Friday");
                });
    }

    @Test
    void theYearIsTakenInTheHallsZone() {
        withCalendars();
        // 2027-12-31 20:00 UTC is already 2028 in Shanghai: 2029 is then next year and not covered
        Clock newYearsEveUtc = Clock.fixed(Instant.parse("2027-12-31T20:00:00Z"), ZoneOffset.UTC);

        assertThat(config.check(newYearsEveUtc).warnings()).filteredOn(w -> w.keyPath().equals("hall.calendars"))
                .singleElement().satisfies(warning -> assertThat(warning.message()).contains("2028 and 2029"));
    }

    @Test
    void noCalendarAtAllWarnsAtTheHallSection() {
        assertThat(config.check(DECEMBER_2026).warnings()).filteredOn(w -> w.keyPath().equals("hall.calendars"))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.line()).isEqualTo(lineOf(config.kiosk, "hall:"));
                    assertThat(warning.message()).contains("2026 and 2027");
                });
    }

    @Test
    void aCalendarFileNotFoundIsReportedWhereItIsNamed() {
        withCalendars();
        config.editKiosk("calendars/cn-2027.yaml", "calendars/cn-2072.yaml");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.kioskFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "cn-2072.yaml"));
            assertThat(problem.keyPath()).isEqualTo("hall.calendars[1]");
            assertThat(problem.message()).contains("calendar file", "cn-2072.yaml", "not found");
        });
    }

    @Test
    void aBadDateInACalendarIsReportedInTheCalendarFile() {
        withCalendars();
        Path file = config.writeFile("calendars/cn-2026.yaml", CALENDAR_2026.replace("to: 2026-10-07", "to: 2026-10-32"));

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(lineOf(CALENDAR_2026, "国庆节"));
            assertThat(problem.column()).isEqualTo(columnOf(CALENDAR_2026, "2026-10-07"));
            assertThat(problem.keyPath()).isEqualTo("holidays[0].to");
            assertThat(problem.message()).isEqualTo("expected a date written YYYY-MM-DD, got '2026-10-32'");
        });
    }

    @Test
    void aDayBothOffAndWorkedIsAProblem() {
        withCalendars();
        String both = CALENDAR_2026.replace("  - 2026-10-10\n", "  - 2026-10-03\n");
        Path file = config.writeFile("calendars/cn-2026.yaml", both);

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(lineOf(both, "- 2026-10-03"));
            assertThat(problem.keyPath()).isEqualTo("makeUpWorkingDays[1]");
            assertThat(problem.message()).contains("2026-10-03 is a day off (国庆节", "cannot be both");
        });
    }

    @Test
    void aDayOffInALocalFileThatTheOfficialFileWorksIsAProblemInTheLocalFile() {
        withCalendars();
        Path local = config.writeFile("local.yaml", "year: 2026\nholidays:\n  - {name: 闭馆, date: 2026-10-10}\n");
        config.editKiosk("calendars/cn-2027.yaml]", "calendars/cn-2027.yaml, local.yaml]");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(local);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.keyPath()).isEqualTo("holidays[0]");
            assertThat(problem.message()).contains("2026-10-10 is a make-up working day in", "cn-2026.yaml line 8");
        });
    }

    @Test
    void aMakeUpDayOnAWeekdayIsAProblem() {
        withCalendars();
        String weekday = CALENDAR_2026.replace("2026-10-10", "2026-10-09");
        config.writeFile("calendars/cn-2026.yaml", weekday);

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(weekday, "2026-10-09"));
            assertThat(problem.keyPath()).isEqualTo("makeUpWorkingDays[1]");
            assertThat(problem.message()).isEqualTo("2026-10-09 is a Friday: a make-up working day is a Saturday or "
                    + "Sunday (Monday to Friday are working days already)");
        });
    }

    @Test
    void aDateOutsideTheFilesYearAndAMisspeltKeyAreReported() {
        withCalendars();
        String wrong = CALENDAR_2026.replace("{name: 元旦, date: 2026-01-01}", "{name: 元旦, date: 2062-01-01}")
                .replace("makeUpWorkingDays:", "makeUpWorkingDay:");
        config.writeFile("calendars/cn-2026.yaml", wrong);

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).extracting(ConfigurationProblem::keyPath).containsExactly("holidays[1].date", "makeUpWorkingDay");
        assertThat(problems.get(0).message()).contains("2062-01-01 is outside the calendar's year 2026");
        assertThat(problems.get(1).message()).contains("did you mean 'makeUpWorkingDays'?");
    }

    @Test
    void aProvisionalCalendarIsUsedButWarnedOf() {
        withCalendars();
        String provisional = CALENDAR_2027 + "provisional: true\n";
        Path file = config.writeFile("calendars/cn-2027.yaml", provisional);

        CheckedConfiguration checked = config.check(DECEMBER_2026);

        assertThat(checked.configuration().kiosk().hall().calendar().covers(2027)).isTrue();
        assertThat(checked.warnings()).filteredOn(w -> w.file().equals(file)).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(lineOf(provisional, "provisional"));
            assertThat(warning.message()).contains("2027 is provisional", "make-up working days");
        });
    }

    @Test
    void theCardAwayGraceIsConfigurableUpToFiveMinutes() {
        config.editKiosk("inactivity: 60s", "inactivity: 60s\n  cardAway: 45s");
        assertThat(config.load().kiosk().timeouts().cardAway()).isEqualTo(Duration.ofSeconds(45));

        config.editKiosk("cardAway: 45s", "cardAway: 10m");
        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "cardAway: 10m"));
            assertThat(problem.keyPath()).isEqualTo("timeouts.cardAway");
            assertThat(problem.message()).contains("at most 5m", "'10m'");
        });
    }

    @Test
    void theHallPolicyRecordChecksItsOwnValues() {
        assertThat(HallPolicy.DEFAULT.certificateVerificationUrl()).isEqualTo(HallPolicy.DEMO_VERIFICATION_URL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HallPolicy(ZoneId.of("Asia/Shanghai"),
                        URI.create("http://10.0.0.1/verify"), HallPolicy.DEBIAN_FONTS, HallPolicy.DEFAULT.calendar()))
                .hasMessageContaining("https://");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HallPolicy(ZoneId.of("Asia/Shanghai"),
                        HallPolicy.DEMO_VERIFICATION_URL, List.of(), HallPolicy.DEFAULT.calendar()))
                .hasMessageContaining("at least one");
        assertThat(new HallPolicy(ZoneId.of("UTC"), URI.create("http://[::1]:8080/verify"), HallPolicy.DEBIAN_FONTS,
                HallPolicy.DEFAULT.calendar()).certificateFonts()).hasSize(3);
        assertThat(CertificateFont.of(Path.of("/fonts/a.ttf")).face()).isEqualTo(Optional.empty());
    }

    @Test
    void theOldConstructorsKeepWorkingWithDefaults() {
        Timeouts five = new Timeouts(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofSeconds(15));
        assertThat(five).isEqualTo(Timeouts.DEFAULT);

        KioskSettings loaded = config.load().kiosk();
        KioskSettings rebuilt = new KioskSettings(loaded.identity(), loaded.locales(), loaded.timeouts(),
                loaded.dataDirectory(), loaded.devices(), loaded.backend(), loaded.maintenance(), loaded.certificateLimits());
        assertThat(rebuilt.hall()).isEqualTo(HallPolicy.DEFAULT);
        assertThat(rebuilt.withHall(loaded.hall())).isEqualTo(loaded);
    }
}
