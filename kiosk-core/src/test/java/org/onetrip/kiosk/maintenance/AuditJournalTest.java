package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.supervision.KioskDatabase;
import org.onetrip.kiosk.time.ManualTime;

/** The hash chain of the audit journal, tampered with through a plain SQLite connection as an intruder would. */
class AuditJournalTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AuditJournal journal;

    @BeforeEach
    void writeFiveEntries() {
        journal = AuditJournal.open(dir, time.clock());
        journal.record("kiosk", AuditAction.GESTURE_RECOGNISED, "PIN prompt shown");
        time.advance(Duration.ofSeconds(5));
        journal.record("technician:pin", AuditAction.MAINTENANCE_ENTERED, "");
        time.advance(Duration.ofSeconds(5));
        journal.record("technician:pin", AuditAction.SELF_TEST_RUN, "receipt-printer passed in 41 ms");
        time.advance(Duration.ofSeconds(5));
        journal.record("technician:pin", AuditAction.TAKEN_OUT_OF_SERVICE, "");
        time.advance(Duration.ofSeconds(5));
        journal.record("technician:pin", AuditAction.MAINTENANCE_LEFT, "");
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void anUntouchedJournalIsIntactAndItsHeadIsTheLastHash() {
        ChainVerdict verdict = journal.verify();

        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) verdict).entries()).isEqualTo(5);
        assertThat(((ChainVerdict.Intact) verdict).head()).isEqualTo(journal.latest(1).get(0).hash());
    }

    @Test
    void eachEntryNamesTheHashOfTheOneBefore() {
        var newestFirst = journal.latest(5);

        assertThat(newestFirst.get(4).previous()).isEqualTo(AuditJournal.GENESIS);
        for (int i = 0; i < 4; i++) {
            assertThat(newestFirst.get(i).previous()).isEqualTo(newestFirst.get(i + 1).hash());
        }
    }

    @Test
    void aChangedDetailIsFoundAtThatEntry() throws Exception {
        tamper("UPDATE audit SET detail = 'receipt-printer passed in 12 ms' WHERE seq = 3");

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(3, ChainVerdict.Problem.ALTERED,
                "entry 3 was changed after it was written"));
    }

    @Test
    void aChangedTimeIsFound() throws Exception {
        tamper("UPDATE audit SET at = '2026-11-21T03:00:00Z' WHERE seq = 2");

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(2);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.ALTERED);
        });
    }

    @Test
    void aRemovedEntryIsFoundEvenWhenTheRestAreRenumbered() throws Exception {
        tamper("DELETE FROM audit WHERE seq = 4");
        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(4, ChainVerdict.Problem.MISSING,
                "entry 4 is missing; the next one is 5"));

        tamper("UPDATE audit SET seq = 4 WHERE seq = 5");
        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.RELINKED);
        });
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        // swap the contents of entries 2 and 3, keeping their numbers
        tamper("UPDATE audit SET seq = -2 WHERE seq = 2",
                "UPDATE audit SET seq = 2 WHERE seq = 3",
                "UPDATE audit SET seq = 3 WHERE seq = -2");

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> assertThat(b.sequence()).isEqualTo(2));
    }

    @Test
    void anEntryRewrittenWithAFreshHashStillBreaksTheLinkOfTheNextOne() throws Exception {
        AuditEntry third = journal.latest(3).get(2);
        String forged = AuditJournal.hash(third.previous(),
                AuditEntry.canonical(3, third.at(), third.actor(), third.action(), "receipt-printer passed in 12 ms"));
        tamper("UPDATE audit SET detail = 'receipt-printer passed in 12 ms', hash = '" + forged + "' WHERE seq = 3");

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.RELINKED);
        });
    }

    @Test
    void newEntriesContinueTheChainAfterAReopen() {
        journal.close();
        journal = AuditJournal.open(dir, time.clock());
        journal.record("technician:pin", AuditAction.MAINTENANCE_ENTERED, "");

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Intact(6, journal.latest(1).get(0).hash()));
    }

    @Test
    void anIdNumberIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> journal.record("technician:pin", AuditAction.LOGS_VIEWED, "looked at 110101198503121239"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("personal data")
                .hasMessageNotContaining("110101198503121239");

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Intact(5, journal.latest(1).get(0).hash()));
    }

    private void tamper(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(KioskDatabase.FILE_NAME));
             Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }
}
