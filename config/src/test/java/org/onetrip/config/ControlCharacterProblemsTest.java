package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.config.ConfigDirectory.columnOf;
import static org.onetrip.config.ConfigDirectory.lineOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character or an unpaired surrogate in any text of the configuration files is a problem at its
 * file, line, column and key path; the message names the code point and never repeats the text.
 */
class ControlCharacterProblemsTest {

    @TempDir
    Path dir;

    ConfigDirectory config;

    @BeforeEach
    void setUp() {
        config = new ConfigDirectory(dir);
    }

    @Test
    void aBellWrittenAsAnEscapeInTheHallNameIsReported() {
        config.editKiosk("hallName: {zh-CN: 测试厅, en: Test hall}", "hallName: {zh-CN: \"测试\\a厅\", en: Test hall}");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.kioskFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "hallName"));
            assertThat(problem.column()).isEqualTo(columnOf(config.kiosk, "\"测试"));
            assertThat(problem.keyPath()).isEqualTo("kiosk.hallName.zh-CN");
            assertThat(problem.message()).contains("control character U+0007", "character 3").doesNotContain("测试");
        });
    }

    @Test
    void aRawNextLineCharacterInTheHallNameIsReportedWhereItStands() {
        config.editKiosk("hallName: {zh-CN: 测试厅, en: Test hall}", "hallName: {zh-CN: 测试\u0085厅, en: Test hall}");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "hallName"));
            assertThat(problem.column()).isEqualTo(columnOf(config.kiosk, "\u0085"));
            assertThat(problem.keyPath()).isEqualTo("kiosk.hallName.zh-CN");
            assertThat(problem.message()).contains("U+0085", "control character").doesNotContain("测试");
        });
    }

    @Test
    void aRawControlCharacterDoesNotShiftTheLinesOfLaterProblems() {
        config.editKiosk("address: 测试路1号", "address: 测试路\u00851号").editKiosk("port: 9100", "port: abc");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).extracting(ConfigurationProblem::keyPath)
                .containsExactly("kiosk.address", "devices.receiptPrinter.port");
        assertThat(problems.get(1).line()).isEqualTo(lineOf(config.kiosk, "port: abc"));
    }

    @Test
    void anUnpairedSurrogateIsReported() {
        config.editKiosk("address: 测试路1号", "address: \"测试路\\uD800号\"");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("kiosk.address");
            assertThat(problem.message()).contains("unpaired surrogate U+D800");
        });
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNoProblem() {
        config.editKiosk("address: 测试路1号", "address: 测试路\uD840\uDC0B号");

        assertThat(config.load().kiosk().identity().address()).isEqualTo("测试路\uD840\uDC0B号");
    }

    @Test
    void aTabInsideAQuotedTextIsReportedToo() {
        config.editKiosk("address: 测试路1号", "address: \"测试路\t1号\"");

        assertThat(config.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("U+0009"));
    }

    @Test
    void aControlCharacterInTheCatalogIsReportedWithItsKeyPath() {
        config.editCatalog("    department: SCJGJ", "    department: \"SCJGJ\\x1b\"");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).filteredOn(p -> p.message().contains("U+001B")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.catalogFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "SCJGJ\\x1b"));
            assertThat(problem.keyPath()).isEqualTo("matters[0].department");
        });
        // the same value is also an unknown department; that message shows the character escaped, not raw
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).doesNotContain("\u001b"));
    }

    @Test
    void aControlCharacterInACalendarFileIsReported() {
        Path calendar = config.writeFile("cn-2026.yaml", "year: 2026\nholidays:\n  - {name: \"国庆\\0节\", date: 2026-10-01}\n");
        config.editKiosk("certificateVerificationUrl: https://zwfw.example.gov.cn/verify",
                "certificateVerificationUrl: https://zwfw.example.gov.cn/verify\n  calendars: [cn-2026.yaml]");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(calendar);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.keyPath()).isEqualTo("holidays[0].name");
            assertThat(problem.message()).contains("U+0000");
        });
    }
}
