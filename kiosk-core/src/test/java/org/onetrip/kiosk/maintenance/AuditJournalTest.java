package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.JournalKey;
import org.onetrip.kiosk.supervision.KioskDatabase;
import org.onetrip.kiosk.time.ManualTime;

/**
 * The keyed chain of the audit journal, attacked through a plain SQLite connection as someone holding the disk
 * (but not the key directory) would: rows deleted, rewritten and the chain recomputed, the table emptied,
 * {@code kiosk.db} deleted, the tail cut off.
 */
class AuditJournalTest {
    @TempDir
    Path dir;
    private Path data;
    private Path keys;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AuditJournal journal;

    @BeforeEach
    void writeSixEntries() {
        data = dir.resolve("data");
        keys = KioskSettings.keyDirectoryOf(data);
        journal = AuditJournal.open(data, time.clock());
        record("kiosk", AuditAction.GESTURE_RECOGNISED, "PIN prompt shown");
        record("technician:pin", AuditAction.MAINTENANCE_ENTERED, "");
        record("technician:pin", AuditAction.SELF_TEST_RUN, "receipt-printer passed in 41 ms");
        record("technician:pin", AuditAction.TAKEN_OUT_OF_SERVICE, "");
        record("technician:pin", AuditAction.MAINTENANCE_LEFT, "");
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void theFirstEntryIsWrittenWithTheKeyWhichLivesBesideTheDataDirectory() throws Exception {
        AuditEntry first = journal.latest(6).get(5);

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.action()).isEqualTo(AuditAction.JOURNAL_KEYED);
        assertThat(first.previous()).isEqualTo(AuditJournal.GENESIS);
        assertThat(keys.resolve(JournalKey.FILE_NAME)).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(JournalKey.FILE_NAME))))
                .isEqualTo("rw-------");
        try (var inData = Files.walk(data)) {
            assertThat(inData.map(p -> p.getFileName().toString())).doesNotContain(JournalKey.FILE_NAME);
        }
    }

    @Test
    void anUntouchedJournalIsIntactAndItsHeadIsTheLastSeal() {
        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Intact(6, journal.latest(1).get(0).hash()));
        assertThat(journal.head()).isEqualTo(new JournalHead(6, journal.latest(1).get(0).hash()));
    }

    @Test
    void eachEntryNamesTheSealOfTheOneBefore() {
        List<AuditEntry> newestFirst = journal.latest(6);

        for (int i = 0; i < 5; i++) {
            assertThat(newestFirst.get(i).previous()).isEqualTo(newestFirst.get(i + 1).hash());
        }
    }

    @Test
    void aChangedDetailIsFoundAtThatEntry() throws Exception {
        tamper("UPDATE audit SET detail = 'receipt-printer passed in 12 ms' WHERE seq = 4");

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.ALTERED);
        });
    }

    @Test
    void twoEntriesDeletedAThirdRewrittenAndThePlainChainRecomputedIsFoundAtTheFirstOneTouched() throws Exception {
        // what passed before the journal had a key: the rest renumbered, the chain recomputed with SHA-256
        tamper("DELETE FROM audit WHERE seq IN (3, 4)",
                "UPDATE audit SET seq = seq - 2 WHERE seq > 4",
                "UPDATE audit SET detail = 'nothing happened' WHERE seq = 3");
        recomputeFrom(3, (previous, canonical) -> AuditJournal.plainHash(previous, canonical));

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.ALTERED);
            assertThat(b.message()).contains("entry 3").contains("without the journal key");
        });
    }

    @Test
    void aChainRecomputedUnderAnotherKeyIsFoundToo() throws Exception {
        JournalKey guessed = JournalKey.create(dir.resolve("guessed.key"));
        tamper("DELETE FROM audit WHERE seq IN (3, 4)", "UPDATE audit SET detail = 'nothing happened' WHERE seq = 5");
        recomputeFrom(5, guessed::seal);

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.MISSING);
            assertThat(b.message()).isEqualTo("entry 3 is missing (and 1 more); the next one is 5");
        });
    }

    @Test
    void anEmptiedJournalIsFound() throws Exception {
        tamper("DELETE FROM audit");

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(1);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.EMPTIED);
            assertThat(b.message()).contains("written up to entry 6");
        });
    }

    @Test
    void aDeletedKioskDatabaseIsFoundAndTheNextEntriesLeaveTheGapVisible() throws Exception {
        journal.close();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(data.resolve(KioskDatabase.FILE_NAME + suffix));
        }

        assertThat(AuditJournal.inspect(data)).hasValueSatisfying(verdict ->
                assertThat(((ChainVerdict.Broken) verdict).problem()).isEqualTo(ChainVerdict.Problem.EMPTIED));
        journal = AuditJournal.open(data, time.clock());
        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class,
                b -> assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.EMPTIED));

        AuditEntry next = record("kiosk", AuditAction.KIOSK_STARTED, "");
        assertThat(next.sequence()).isEqualTo(7);
        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(1, ChainVerdict.Problem.MISSING,
                "entry 1 is missing (and 5 more); the next one is 7"));
    }

    @Test
    void aTruncatedTailIsFoundAgainstTheHeadTheKioskWroteDown() throws Exception {
        tamper("DELETE FROM audit WHERE seq > 4");

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(5, ChainVerdict.Problem.TRUNCATED,
                "the journal ends at entry 4, but the kiosk had written up to entry 6: entries 5 to 6 were cut off"));
        assertThat(record("kiosk", AuditAction.KIOSK_STARTED, "").sequence()).isEqualTo(7);
    }

    @Test
    void aTailCutWithTheKioskOwnMarkRolledBackIsFoundAgainstTheBackendAnchor() throws Exception {
        Path marks = keys.resolve(JournalMarks.FILE_NAME);
        Path early = dir.resolve("early-marks");
        Files.copy(marks, early);
        record("kiosk", AuditAction.SESSION_ENDED, "finished after 1 min");
        journal.anchoredAt(journal.head());
        String anchoredLine = Files.readAllLines(marks).stream().filter(l -> l.startsWith("anchored")).findFirst().orElseThrow();

        // someone with the key directory too puts the mark of six entries back, but the backend's word stays
        tamper("DELETE FROM audit WHERE seq > 6");
        Files.writeString(marks, Files.readString(early) + anchoredLine + "\n");
        journal.close();
        journal = AuditJournal.open(data, time.clock());

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(7, ChainVerdict.Problem.BEHIND_ANCHOR,
                "the journal ends at entry 6, but the backend holds entry 7 as its head: entry 7 was cut off"));
    }

    @Test
    void entriesRewrittenWithTheKeyBelowTheAnchorAreFound() throws Exception {
        journal.anchoredAt(new JournalHead(5, journal.sealOf(5).orElseThrow()));
        // root on the kiosk holds the key and reseals from entry 3 on; the backend still holds entry 5
        JournalKey stolen = JournalKey.read(keys.resolve(JournalKey.FILE_NAME));
        tamper("UPDATE audit SET detail = 'nothing happened' WHERE seq = 4");
        recomputeFrom(3, stolen::seal);

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.REWRITTEN);
            assertThat(b.message()).contains("the backend holds");
        });
    }

    @Test
    void aRemovedEntryIsFoundEvenWhenTheRestAreRenumbered() throws Exception {
        tamper("DELETE FROM audit WHERE seq = 4");
        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(4, ChainVerdict.Problem.MISSING,
                "entry 4 is missing; the next one is 5"));

        tamper("UPDATE audit SET seq = seq - 1 WHERE seq > 4");
        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.RELINKED);
        });
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        tamper("UPDATE audit SET seq = -2 WHERE seq = 2",
                "UPDATE audit SET seq = 2 WHERE seq = 3",
                "UPDATE audit SET seq = 3 WHERE seq = -2");

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, b -> assertThat(b.sequence()).isEqualTo(2));
    }

    @Test
    void theHeartbeatCheckWalksOnlyWhatWasWrittenSinceTheLastCheck() throws Exception {
        assertThat(journal.verify().intact()).isTrue();
        record("kiosk", AuditAction.SESSION_ENDED, "finished after 1 min");
        record("kiosk", AuditAction.SESSION_ENDED, "timed out after 2 min");

        tamper("UPDATE audit SET detail = 'timed out after 9 min' WHERE seq = 8");
        assertThat(journal.verifyTail()).isInstanceOfSatisfying(ChainVerdict.Broken.class,
                b -> assertThat(b.sequence()).isEqualTo(8));
        tamper("UPDATE audit SET detail = 'timed out after 2 min' WHERE seq = 8");
        assertThat(journal.verifyTail()).isEqualTo(new ChainVerdict.Intact(8, journal.head().hash()));

        tamper("UPDATE audit SET detail = 'finished after 9 min' WHERE seq = 7");
        assertThat(journal.verifyTail()).as("an entry already checked is the full check's").isInstanceOf(ChainVerdict.Intact.class);
        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class,
                b -> assertThat(b.sequence()).isEqualTo(7));

        tamper("UPDATE audit SET detail = 'finished after 1 min' WHERE seq = 7", "DELETE FROM audit WHERE seq = 6");
        assertThat(journal.verifyTail()).as("the entry the last check ended at is gone: everything is walked again")
                .isEqualTo(new ChainVerdict.Broken(6, ChainVerdict.Problem.MISSING, "entry 6 is missing; the next one is 7"));
    }

    @Test
    void aBrokenJournalStaysBrokenForTheHeartbeatsCheckToo() throws Exception {
        tamper("UPDATE audit SET detail = 'nothing happened' WHERE seq = 3");
        ChainVerdict broken = journal.verify();
        record("kiosk", AuditAction.SESSION_ENDED, "finished after 1 min");

        assertThat(journal.verifyTail()).isEqualTo(broken);
        assertThat(journal.verifyTail()).isEqualTo(broken);
    }

    @Test
    void newEntriesContinueTheChainAfterAReopen() {
        journal.close();
        journal = AuditJournal.open(data, time.clock());
        record("technician:pin", AuditAction.MAINTENANCE_ENTERED, "");

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Intact(7, journal.latest(1).get(0).hash()));
        assertThat(journal.latest(7).stream().filter(e -> e.action() == AuditAction.JOURNAL_KEYED)).hasSize(1);
    }

    @Test
    void aKeyMadeJustBeforeAPowerCutIsTakenWhenItsEntryWasCommitted() throws Exception {
        Path fresh = dir.resolve("fresh");
        Path freshKeys = KioskSettings.keyDirectoryOf(fresh);
        AuditJournal.open(fresh, time.clock()).close();
        Path key = freshKeys.resolve(JournalKey.FILE_NAME);
        // the cut came after the first entry's commit, before the key took its name
        Files.move(key, freshKeys.resolve(AuditJournal.PENDING_KEY), StandardCopyOption.ATOMIC_MOVE);

        try (AuditJournal reopened = AuditJournal.open(fresh, time.clock())) {
            assertThat(key).exists();
            assertThat(freshKeys.resolve(AuditJournal.PENDING_KEY)).doesNotExist();
            assertThat(reopened.verify()).isInstanceOfSatisfying(ChainVerdict.Intact.class,
                    ok -> assertThat(ok.entries()).isEqualTo(1));
        }
    }

    @Test
    void aKeyMadeJustBeforeAPowerCutIsDroppedWhenItsEntryWasNot() throws Exception {
        Path fresh = dir.resolve("fresh");
        Path freshKeys = KioskSettings.keyDirectoryOf(fresh);
        JournalKey.create(freshKeys.resolve(AuditJournal.PENDING_KEY));

        try (AuditJournal opened = AuditJournal.open(fresh, time.clock())) {
            assertThat(freshKeys.resolve(AuditJournal.PENDING_KEY)).doesNotExist();
            assertThat(opened.verify()).isInstanceOfSatisfying(ChainVerdict.Intact.class,
                    ok -> assertThat(ok.entries()).isEqualTo(1));
        }
    }

    @Test
    void aJournalKeptWithoutAKeyIsSealedWhenItsPlainChainHolds() throws Exception {
        journal.close();
        Path oldData = dir.resolve("old");
        writePlainJournal(oldData, 3);

        journal = AuditJournal.open(oldData, time.clock());

        assertThat(journal.verify()).isInstanceOfSatisfying(ChainVerdict.Intact.class, ok -> assertThat(ok.entries()).isEqualTo(4));
        assertThat(journal.latest(1).get(0).action()).isEqualTo(AuditAction.JOURNAL_KEYED);
        assertThat(journal.latest(1).get(0).detail()).contains("3 earlier entries");
    }

    @Test
    void aJournalKeptWithoutAKeyWhosePlainChainIsBrokenStaysReported() throws Exception {
        journal.close();
        Path oldData = dir.resolve("old");
        writePlainJournal(oldData, 3);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + oldData.resolve(KioskDatabase.FILE_NAME));
             Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE audit SET detail = 'edited' WHERE seq = 2");
        }

        journal = AuditJournal.open(oldData, time.clock());

        assertThat(journal.verify().intact()).isFalse();
        assertThat(journal.latest(1).get(0).detail()).contains("stay unsealed").contains("breaks at entry 2");
    }

    @Test
    void inspectingADirectoryWithoutAJournalChangesNothing() throws Exception {
        Path empty = dir.resolve("nothing");

        assertThat(AuditJournal.inspect(empty)).isEmpty();
        assertThat(empty).doesNotExist();
        assertThat(KioskSettings.keyDirectoryOf(empty)).doesNotExist();
    }

    @Test
    void inspectingAgreesWithTheRunningJournal() {
        assertThat(AuditJournal.inspect(data)).contains(journal.verify());
    }

    @Test
    void anIdNumberIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> journal.record("technician:pin", AuditAction.LOGS_VIEWED, "looked at 110101198503121239"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("personal data")
                .hasMessageNotContaining("110101198503121239");

        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Intact(6, journal.latest(1).get(0).hash()));
    }

    private AuditEntry record(String actor, AuditAction action, String detail) {
        time.advance(Duration.ofSeconds(5));
        return journal.record(actor, action, detail);
    }

    private interface Sealing {
        String seal(String previous, byte[] canonical);
    }

    /** Recomputes every entry's link and seal from {@code from} on, as an intruder would to hide an edit. */
    private void recomputeFrom(long from, Sealing sealing) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(KioskDatabase.FILE_NAME))) {
            List<AuditEntry> entries = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, at, actor, action, detail, previous, hash FROM audit ORDER BY seq")) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            String previous = AuditJournal.GENESIS;
            for (AuditEntry entry : entries) {
                if (entry.sequence() >= from) {
                    String seal = sealing.seal(previous, entry.canonical());
                    try (PreparedStatement update = db.prepareStatement("UPDATE audit SET previous = ?, hash = ? WHERE seq = ?")) {
                        update.setString(1, previous);
                        update.setString(2, seal);
                        update.setLong(3, entry.sequence());
                        update.executeUpdate();
                    }
                    previous = seal;
                } else {
                    previous = entry.hash();
                }
            }
        }
    }

    /** A journal as the kiosk kept it before the chain had a key: plain SHA-256 links. */
    private void writePlainJournal(Path oldData, int entries) throws Exception {
        Files.createDirectories(oldData);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + oldData.resolve(KioskDatabase.FILE_NAME));
             Statement s = db.createStatement()) {
            s.execute("CREATE TABLE audit(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                    + " action TEXT NOT NULL, detail TEXT NOT NULL, previous TEXT NOT NULL, hash TEXT NOT NULL)");
            String previous = AuditJournal.GENESIS;
            for (int seq = 1; seq <= entries; seq++) {
                Instant at = Instant.parse("2026-01-0" + seq + "T10:00:00Z");
                String hash = AuditJournal.plainHash(previous,
                        AuditEntry.canonical(seq, at, "technician:pin", AuditAction.SELF_TEST_RUN, "run " + seq));
                s.executeUpdate("INSERT INTO audit VALUES (" + seq + ", '" + at + "', 'technician:pin', 'SELF_TEST_RUN',"
                        + " 'run " + seq + "', '" + previous + "', '" + hash + "')");
                previous = hash;
            }
        }
    }

    private void tamper(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(KioskDatabase.FILE_NAME));
             Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }
}
