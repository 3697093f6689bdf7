package org.onetrip.launcher.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs through SLF4J into the kiosk's real rolling file and reads the file back. */
class LogFileMaskingTest {

    @TempDir
    Path data;

    @AfterEach
    void backToStartupLogging() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).reset();
    }

    @Test
    void theLogFileUnderTheDataDirectoryHoldsNoPersonalData() throws IOException {
        LogSetup.toDataDirectory(data);
        Logger log = LoggerFactory.getLogger("org.onetrip.kiosk.session");

        log.info("card read: name={} idNumber={} phone={}", "张伟", "110101198503121239", "13812345678");
        log.warn("backend refused filing", new IllegalStateException(
                "applicant 310104195211082461 already has an open filing"));
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();

        Path file = data.resolve("logs/onetrip.log");
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written)
                .contains("name=张*", "idNumber=1101**********1239", "phone=13*******78",
                        "applicant 3101**********2461 already")
                .doesNotContain("110101198503121239", "310104195211082461", "13812345678", "张伟");
    }
}
