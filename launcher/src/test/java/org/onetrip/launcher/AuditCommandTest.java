package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.JournalHead;

/** `./onetrip audit verify` over a journal tampered with through a plain SQLite connection, as an intruder would. */
class AuditCommandTest {

    @TempDir
    Path dir;
    private Path data;
    private String head;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aJournalOfSixEntries() {
        data = dir.resolve("data");
        try (AuditJournal journal = AuditJournal.open(data, Clock.systemUTC())) {
            for (int i = 1; i <= 5; i++) {
                journal.record("citizen", AuditAction.SESSION_ENDED, "finished after " + i + " s; journeys: none");
            }
            journal.anchoredAt(new JournalHead(5, journal.sealOf(5).orElseThrow()));
            head = journal.head().hash();
        }
    }

    private int run(String... args) {
        return new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> new char[0]).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anIntactJournalIsReportedWithItsEntriesAndHeadAndExitsZero() {
        assertThat(run("audit", "verify", "--data", data.toString())).isZero();

        assertThat(out()).isEqualTo("audit journal intact: 6 entries, head #6 " + head + "\n");
    }

    @Test
    void asJsonToo() {
        assertThat(run("audit", "verify", "--data", data.toString(), "--json")).isZero();

        assertThat(out()).isEqualTo("{\"intact\":true,\"entries\":6,\"head\":{\"sequence\":6,\"hash\":\"" + head + "\"}}\n");
    }

    @Test
    void twoEntriesDeletedAndAThirdRewrittenNameTheFirstBadEntryAndExitOne() throws Exception {
        tamper("DELETE FROM audit WHERE seq IN (2, 3)", "UPDATE audit SET detail = 'finished after 9 s' WHERE seq = 4");

        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(1);

        assertThat(out()).startsWith("audit journal broken at entry 2 (missing): entry 2 is missing (and 1 more)");
    }

    @Test
    void aRewrittenEntryIsAltered() throws Exception {
        tamper("UPDATE audit SET detail = 'finished after 9 s' WHERE seq = 3");

        assertThat(run("audit", "verify", "--data", data.toString(), "--json")).isEqualTo(1);

        assertThat(out()).startsWith("{\"intact\":false,\"brokenAt\":3,\"problem\":\"ALTERED\",\"how\":\"altered\"");
    }

    @Test
    void anEmptiedJournalOrADeletedDatabaseIsEmptied() throws Exception {
        tamper("DELETE FROM audit");
        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(out()).startsWith("audit journal broken at entry 1 (emptied)");

        out.reset();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(data.resolve("kiosk.db" + suffix));
        }
        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(out()).startsWith("audit journal broken at entry 1 (emptied)").contains("kiosk.db is missing");
        assertThat(data.resolve("kiosk.db")).as("checking creates nothing").doesNotExist();
    }

    @Test
    void aTruncatedTailIsTruncatedAndBelowTheBackendAnchorBehindIt() throws Exception {
        tamper("DELETE FROM audit WHERE seq > 4");
        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(out()).startsWith("audit journal broken at entry 5 (truncated)");

        out.reset();
        // the kiosk's own mark put back too: the head the backend holds still stands
        Path marks = KioskSettings.keyDirectoryOf(data).resolve("journal.head");
        Files.write(marks, Files.readAllLines(marks).stream().filter(line -> line.startsWith("anchored")).toList());
        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(out()).startsWith("audit journal broken at entry 5 (behind anchor): the journal ends at entry 4,"
                + " but the backend holds entry 5");
    }

    @Test
    void diagSaysTheJournalIsBrokenToo() throws Exception {
        tamper("DELETE FROM audit WHERE seq > 4");

        run("diag", "--config", "../conf", "--data", data.toString());

        assertThat(out()).contains("\njournal: broken at entry 5 (truncated): the journal ends at entry 4");
    }

    @Test
    void aDirectoryWithoutAJournalSaysSoAndExitsOne() {
        Path elsewhere = dir.resolve("elsewhere");

        assertThat(run("audit", "verify", "--data", elsewhere.toString())).isEqualTo(1);

        assertThat(out()).startsWith("audit journal absent");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void anythingButVerifyIsAUsageError() {
        assertThat(run("audit", "check")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'check'", "Usage: onetrip audit", "verify");
        assertThat(run("audit", "verify", "--data", data.toString(), "--all")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("onetrip audit verify: Unknown option: '--all'",
                "Usage: onetrip audit verify", "--data DIR", "--json");
        assertThat(run("audit")).isEqualTo(2);
    }

    private void tamper(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kiosk.db"));
             Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }
}
