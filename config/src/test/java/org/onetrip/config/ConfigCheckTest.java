package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** 2026-12-07, when the shipped calendars cover this year and the next. */
    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void aValidDirectoryPrintsItsCountsAndReturnsZero() {
        int status = run(ConfigDirectory.SHIPPED);

        assertThat(status).isZero();
        assertThat(text(out)).isEqualTo("OK: " + ConfigDirectory.SHIPPED
                + " (24 matters, 3 bundles, 7 certificate types, 4 devices)" + System.lineSeparator());
        // the shipped 2027 calendar is provisional; fonts not installed on this machine are warned of too
        List<String> lines = List.of(text(err).split(System.lineSeparator()));
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).contains(": warning: "))
                .anySatisfy(line -> assertThat(line).contains("cn-2027.yaml:", "warning: provisional:"));
        int warnings = lines.size() - 1;
        assertThat(lines.get(warnings)).isEqualTo(warnings + (warnings == 1 ? " warning in " : " warnings in ")
                + ConfigDirectory.SHIPPED);
    }

    @Test
    void warningsAloneLeaveTheResultZeroAndArePrintedWithFileAndLine(@TempDir Path dir) {
        ConfigDirectory config = new ConfigDirectory(dir);
        config.editKiosk("  certificateVerificationUrl: https://zwfw.example.gov.cn/verify\n",
                "  certificateVerificationUrl: https://zwfw.example.gov.cn/verify\n"
                        + "  certificateFonts: [/nonexistent/fonts/main.ttf]\n").write();

        int status = run(dir);

        assertThat(status).isZero();
        assertThat(text(err).split(System.lineSeparator())).satisfiesExactly(
                line -> assertThat(line).startsWith(config.kioskFile() + ":" + ConfigDirectory.lineOf(config.kiosk, "hall:")
                        + ":1: warning: hall.calendars: the working-day calendar has no arrangement for 2026 and 2027"),
                line -> assertThat(line).startsWith(config.kioskFile() + ":"
                        + ConfigDirectory.lineOf(config.kiosk, "/nonexistent/fonts/main.ttf") + ":")
                        .contains(": warning: hall.certificateFonts[0]: certificate font /nonexistent/fonts/main.ttf is not installed"),
                line -> assertThat(line).isEqualTo("2 warnings in " + dir));
    }

    @Test
    void anInvalidDirectoryPrintsEveryProblemAndReturnsOne(@TempDir Path dir) {
        ConfigDirectory config = new ConfigDirectory(dir);
        config.editKiosk("port: 9100", "port: abc").editCatalog("    department: SCJGJ", "    department: SCJG").write();

        int status = run(dir);

        assertThat(status).isEqualTo(1);
        assertThat(text(out)).isEmpty();
        assertThat(text(err).split(System.lineSeparator())).startsWith(
                        config.kioskFile() + ":" + ConfigDirectory.lineOf(config.kiosk, "port: abc")
                                + ":11: devices.receiptPrinter.port: expected a whole number from 1 to 65535, got 'abc'")
                .satisfies(lines -> {
                    assertThat(lines[1]).startsWith(config.catalogFile() + ":").contains("matters[0].department:");
                    assertThat(lines[2]).isEqualTo("2 problems in " + dir);
                    // then the warnings: the test directory names no calendar
                    assertThat(lines[3]).contains(": warning: hall.calendars:");
                    assertThat(lines[lines.length - 1]).endsWith(" in " + dir).contains("warning");
                });
    }

    private int run(Path dir) {
        return new ConfigCheck(new ConfigurationLoader(DECEMBER_2026)).run(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
