package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.sealing.SealingKeys;
import org.onetrip.kiosk.testsupport.ApprovalSystemKey;
import org.onetrip.kiosk.time.ManualTime;

/**
 * An outbox written by the version before filings could be set aside opens without losing a row or
 * a value, gains what set-aside filings need, and keeps set-aside state across restarts.
 */
class OutboxMigrationTest {

    /** The table exactly as the earlier version created it. */
    private static final String EARLIER_TABLE = """
            CREATE TABLE filing (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              submission_id TEXT NOT NULL UNIQUE,
              tracking_number TEXT NOT NULL UNIQUE,
              tracking_day TEXT NOT NULL,
              state TEXT NOT NULL,
              matter_codes TEXT NOT NULL,
              bundle_code TEXT,
              masked_name TEXT NOT NULL,
              masked_id TEXT NOT NULL,
              applicant_key TEXT NOT NULL,
              envelope BLOB,
              sealing_key TEXT,
              file_names TEXT NOT NULL,
              package_bytes INTEGER NOT NULL,
              filed_at TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              acceptance_number TEXT,
              promised_date TEXT,
              rejection_code TEXT,
              rejection_message TEXT,
              finished_at TEXT)""";
    private static final String KID = "D4zMIn9PmonjKLDYv6IFY91ODF5WHsiTOjGF-eFxjBo";

    @TempDir
    Path data;

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void everyRowOfAnEarlierOutboxIsKeptAndCanBeSetAsideAndStaysSo() throws Exception {
        writeEarlierOutbox();
        SealingKeys sealing = ApprovalSystemKey.generate().keptIn(data, time.clock());

        try (Outbox outbox = Outbox.open(data, sealing, dir -> Long.MAX_VALUE, 0, time.clock())) {
            assertThat(outbox.entries()).extracting(OutboxEntry::trackingNumber, OutboxEntry::state,
                    OutboxEntry::attempts).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("SZ-NS-0001-20261121-0001", OutboxState.QUEUED, 7),
                    org.assertj.core.groups.Tuple.tuple("SZ-NS-0001-20261121-0002", OutboxState.UPLOADING, 0),
                    org.assertj.core.groups.Tuple.tuple("SZ-NS-0001-20261121-0003", OutboxState.ACKNOWLEDGED, 1),
                    org.assertj.core.groups.Tuple.tuple("SZ-NS-0001-20261121-0004", OutboxState.REJECTED, 0));
            OutboxEntry queued = outbox.entry("sub-queued-0001").orElseThrow();
            assertThat(queued.lastError()).contains("cannot connect");
            assertThat(queued.maskedName()).isEqualTo("张*");
            assertThat(queued.filedAt()).isEqualTo(Instant.parse("2026-11-21T01:55:00Z"));
            assertThat(queued.tries()).isEqualTo(OutboxEntry.Tries.NONE);
            assertThat(queued.setAside()).isEmpty();
            assertThat(outbox.pendingPackage("sub-queued-0001").signedManifest().bytes()).containsExactly(1, 2, 3);
            OutboxEntry acknowledged = outbox.entry("sub-acknowledged").orElseThrow();
            assertThat(acknowledged.acceptanceNumber()).contains("SZ20261121-000042");
            assertThat(acknowledged.promisedDate()).contains(LocalDate.parse("2026-12-05"));
            assertThat(outbox.entry("sub-rejected-0001").orElseThrow().rejectionCode()).contains("ID_CARD_EXPIRED");
            assertThat(outbox.sealingKeyOf("sub-queued-0001")).contains(KID);

            outbox.markUploading("sub-queued-0001");
            OutboxEntry struck = outbox.recordFailedAttempt("sub-queued-0001", "413 from a proxy",
                    AttemptFailure.REFUSED);
            assertThat(struck.tries().strikes()).isEqualTo(1);
            assertThat(struck.tries().refusals()).isEqualTo(1);
            assertThat(outbox.setAside("sub-queued-0001", SetAsideCause.REFUSED_AS_SENT)).isTrue();
        }

        try (Outbox reopened = Outbox.open(data, ApprovalSystemKey.generate().keptIn(data, time.clock()),
                dir -> Long.MAX_VALUE, 0, time.clock())) {
            OutboxEntry aside = reopened.entry("sub-queued-0001").orElseThrow();
            assertThat(aside.state()).isEqualTo(OutboxState.SET_ASIDE);
            assertThat(aside.setAside()).contains(new OutboxEntry.SetAside(SetAsideCause.REFUSED_AS_SENT,
                    Optional.empty()));
            assertThat(aside.attempts()).isEqualTo(8);
            assertThat(aside.tries().first()).contains(time.now());
            assertThat(aside.lastError()).contains("413 from a proxy");
            assertThat(reopened.nextPending()).contains("sub-uploading-01");
            assertThat(reopened.setAside()).extracting(OutboxEntry::submissionId).containsExactly("sub-queued-0001");
            assertThat(Files.isDirectory(data.resolve("outbox/sub-queued-0001"))).isTrue();
        }
    }

    private void writeEarlierOutbox() throws Exception {
        Files.createDirectories(data.resolve("outbox/sub-queued-0001"));
        Files.write(data.resolve("outbox/sub-queued-0001/material-1.pdf.sealed"), new byte[] {9, 9});
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("outbox.db"));
             Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute(EARLIER_TABLE);
            insert(db, "sub-queued-0001", "0001", "QUEUED", 7, "cannot connect", null, null, true);
            insert(db, "sub-uploading-01", "0002", "UPLOADING", 0, null, null, null, true);
            insert(db, "sub-acknowledged", "0003", "ACKNOWLEDGED", 1, null, "SZ20261121-000042", null, false);
            insert(db, "sub-rejected-0001", "0004", "REJECTED", 0, null, null, "ID_CARD_EXPIRED", true);
        }
    }

    private static void insert(Connection db, String id, String number, String state, int attempts, String lastError,
                               String acceptance, String rejection, boolean envelope) throws Exception {
        try (PreparedStatement i = db.prepareStatement("""
                INSERT INTO filing (submission_id, tracking_number, tracking_day, state, matter_codes, masked_name,
                  masked_id, applicant_key, envelope, sealing_key, file_names, package_bytes, filed_at, attempts,
                  last_error, acceptance_number, promised_date, rejection_code, finished_at)
                VALUES (?, ?, '20261121', ?, '["HUKOU-MOVE-IN"]', '张*', '1101**********1239', 'key', ?, ?,
                  '["material-1.pdf"]', 4000, '2026-11-21T01:55:00Z', ?, ?, ?, ?, ?, ?)""")) {
            i.setString(1, id);
            i.setString(2, "SZ-NS-0001-20261121-" + number);
            i.setString(3, state);
            i.setBytes(4, envelope ? new byte[] {1, 2, 3} : null);
            i.setString(5, KID);
            i.setInt(6, attempts);
            i.setString(7, lastError);
            i.setString(8, acceptance);
            i.setString(9, acceptance == null ? null : "2026-12-05");
            i.setString(10, rejection);
            i.setString(11, acceptance != null || rejection != null ? "2026-11-21T02:30:00Z" : null);
            i.executeUpdate();
        }
    }
}
