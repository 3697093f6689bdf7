package org.onetrip.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReceiptJournalTest {

    @TempDir
    Path dir;

    @Test
    void aReceiptSentBeforeARestartIsStillKnownAfterIt() {
        Path file = dir.resolve("receipts/journal");
        try (FileReceiptJournal before = new FileReceiptJournal(file)) {
            before.markSent(new ReceiptId("SZ-NS-0001-20261121-0007"));
            assertThat(before.wasSent(new ReceiptId("SZ-NS-0001-20261121-0007"))).isTrue();
        }

        try (FileReceiptJournal after = new FileReceiptJournal(file)) {
            assertThat(after.wasSent(new ReceiptId("SZ-NS-0001-20261121-0007"))).isTrue();
            assertThat(after.wasSent(new ReceiptId("SZ-NS-0001-20261121-0008"))).isFalse();
        }
    }

    @Test
    void aLineTornByAPowerFailureIsIgnoredAndTheJournalGoesOn() throws Exception {
        Path file = dir.resolve("journal");
        Files.writeString(file, "R-1\nR-2\nR-3-TO", StandardCharsets.UTF_8, StandardOpenOption.CREATE);

        try (FileReceiptJournal journal = new FileReceiptJournal(file)) {
            assertThat(journal.wasSent(new ReceiptId("R-2"))).isTrue();
            assertThat(journal.wasSent(new ReceiptId("R-3-TO"))).isFalse();
            journal.markSent(new ReceiptId("R-4"));
        }
        try (FileReceiptJournal reopened = new FileReceiptJournal(file)) {
            assertThat(reopened.wasSent(new ReceiptId("R-4"))).isTrue();
        }
        assertThat(Files.readString(file)).isEqualTo("R-1\nR-2\nR-4\n");
    }

    @Test
    void markingTheSameReceiptTwiceWritesItOnce() throws Exception {
        Path file = dir.resolve("journal");
        try (FileReceiptJournal journal = new FileReceiptJournal(file)) {
            journal.markSent(new ReceiptId("R-1"));
            journal.markSent(new ReceiptId("R-1"));
        }
        assertThat(Files.readString(file)).isEqualTo("R-1\n");
    }
}
