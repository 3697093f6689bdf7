package org.onetrip.kiosk.supervision;

import org.onetrip.kiosk.testsupport.ApprovalSystemKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.outbox.FreeSpaceProbe;
import org.onetrip.kiosk.outbox.NewFiling;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.time.ManualTime;

/** Submissions counted from a real outbox's events. */
class SubmissionCountingTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void filedSentRejectedAndRequeuedAreCounted() {
        try (CounterStore counters = CounterStore.open(dir, time.clock());
             Outbox outbox = Outbox.open(dir, ApprovalSystemKey.generate().keptIn(dir, time.clock()),
                     FreeSpaceProbe.fileStore(), 0, time.clock())) {
            SubmissionCounting.follow(outbox, counters);
            outbox.add(filing("00000000-0000-0000-0000-000000000001"));
            outbox.add(filing("00000000-0000-0000-0000-000000000002"));
            outbox.acknowledge("00000000-0000-0000-0000-000000000001", "SL-1", LocalDate.of(2026, 11, 28));
            outbox.reject("00000000-0000-0000-0000-000000000002", "ID_CARD_EXPIRED", "the card has expired");
            outbox.requeue("00000000-0000-0000-0000-000000000002");

            assertThat(counters.get(SubmissionCounting.FILED)).isEqualTo(2);
            assertThat(counters.get(SubmissionCounting.SENT)).isEqualTo(1);
            assertThat(counters.get(SubmissionCounting.REJECTED)).isEqualTo(1);
            assertThat(counters.get(SubmissionCounting.REQUEUED)).isEqualTo(1);
        }
    }

    private NewFiling filing(String id) {
        return new NewFiling(id, "SZ-NS-0001", LocalDate.of(2026, 11, 21), List.of("GA-HJZM"), Optional.empty(), "张*",
                "1101**********1239", "key-" + id, "{\"manifest\":{}}".getBytes(StandardCharsets.UTF_8),
                List.of(new NewFiling.PackageFile("deed.pdf", new byte[] {1, 2, 3})), time.now());
    }
}
