package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.privacy.PersonalDataMasker;
import org.onetrip.kiosk.time.ManualTime;

class LogFilesTest {
    /** The masker the kiosk gives the log viewer and the export. */
    private static final UnaryOperator<String> MASK = new PersonalDataMasker()::mask;

    @TempDir
    Path data;
    @TempDir
    Path drive;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private LogFiles logs;

    @BeforeEach
    void writeLogs() throws IOException {
        Path dir = Files.createDirectories(data.resolve("logs"));
        Files.writeString(dir.resolve("onetrip.log"), String.join("\n", List.of(
                "22:01 INFO kiosk started",
                "22:02 WARN card 110101198503121239 expired",
                "22:03 INFO receipt printed")) + "\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("onetrip.2026-11-20.0.log.gz")))) {
            out.write("21:00 INFO read 310104195211082461\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("unrelated.txt"), "not a log\n");
        logs = new LogFiles(dir, MASK, "SZ-NS-0001", time.clock());
    }

    @Test
    void theViewerShowsTheLastLinesMasked() {
        assertThat(logs.tail(2)).containsExactly("22:02 WARN card 1101**********1239 expired", "22:03 INFO receipt printed");
    }

    @Test
    void exportWritesEveryLogMaskedIntoANewFolderOnTheDrive() throws IOException {
        LogExport result = logs.exportTo(drive);

        assertThat(result).isInstanceOf(LogExport.Exported.class);
        LogExport.Exported done = (LogExport.Exported) result;
        assertThat(done.folder()).isEqualTo(drive.resolve("onetrip-logs-SZ-NS-0001-20261121-220000"));
        assertThat(done.files()).isEqualTo(2);
        assertThat(done.lines()).isEqualTo(4);
        assertThat(Files.readString(done.folder().resolve("onetrip.log"))).contains("1101**********1239")
                .doesNotContain("110101198503121239");
        assertThat(gunzip(done.folder().resolve("onetrip.2026-11-20.0.log.gz"))).isEqualTo("21:00 INFO read 3101**********2461\n");
        assertThat(done.folder().resolve("unrelated.txt")).doesNotExist();
    }

    @Test
    void aDriveThatIsNotMountedIsReportedAndNothingIsWritten() {
        Path missing = drive.resolve("usb0");

        assertThat(logs.exportTo(missing)).isInstanceOfSatisfying(LogExport.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(LogExport.Reason.NO_DRIVE));
        assertThat(missing).doesNotExist();
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
