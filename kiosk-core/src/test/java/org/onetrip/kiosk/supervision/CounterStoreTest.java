package org.onetrip.kiosk.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.time.ManualTime;

class CounterStoreTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void startsRestartsUncleanStopsAndUptimeAreKeptAcrossRuns() {
        try (CounterStore first = CounterStore.open(dir, time.clock())) {
            first.recordStart();
            time.advance(Duration.ofMinutes(10));
            first.recordUptime();
            time.advance(Duration.ofMinutes(5));
            // the process dies here: no recordStop
        }
        try (CounterStore second = CounterStore.open(dir, time.clock())) {
            second.recordStart();
            time.advance(Duration.ofSeconds(90));
            second.recordStop();
        }
        try (CounterStore third = CounterStore.open(dir, time.clock())) {
            third.recordStart();

            assertThat(third.get(CounterStore.STARTS)).isEqualTo(3);
            assertThat(third.get(CounterStore.RESTARTS)).isEqualTo(2);
            assertThat(third.get(CounterStore.UNCLEAN_STOPS)).as("only the first run died").isEqualTo(1);
            assertThat(third.get(CounterStore.UPTIME_SECONDS)).as("10 min counted before the crash, 90 s of the second run")
                    .isEqualTo(600 + 90);
        }
    }

    @Test
    void driverCountsAreAddedOnceAndADriverRestartIsNoticed() {
        try (CounterStore store = CounterStore.open(dir, time.clock())) {
            store.absorb("receipt-printer", Map.of("receiptsPrinted", 3L));
            store.absorb("receipt-printer", Map.of("receiptsPrinted", 5L));
            store.absorb("receipt-printer", Map.of("receiptsPrinted", 5L));
            store.absorb("receipt-printer", Map.of("receiptsPrinted", 1L)); // the driver started again

            assertThat(store.get("receipt-printer.receiptsPrinted")).isEqualTo(6);
            assertThat(store.ofDevice("receipt-printer")).isEqualTo(Map.of("receiptsPrinted", 6L));
        }
    }

    @Test
    void errorsAreChartedPerDay() {
        try (CounterStore store = CounterStore.open(dir, time.clock())) {
            store.recordError("idcard");
            time.advance(Duration.ofDays(1));
            store.recordError("idcard");
            store.recordError("idcard");
            store.recordError("receipt-printer");

            assertThat(store.errorsByDay("idcard", 3)).extracting(DailyErrors::errors).containsExactly(0L, 1L, 2L);
            assertThat(store.get("idcard.errors")).isEqualTo(3);
        }
    }

    @Test
    void badNamesAndShrinkingCountsAreRefusedAndChangeNothing() {
        try (CounterStore store = CounterStore.open(dir, time.clock())) {
            assertThatThrownBy(() -> store.add("submissions.sent", -1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("only grows");
            assertThatThrownBy(() -> store.increment("drop table; --")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("counter name");
            assertThatThrownBy(() -> store.errorsByDay("idcard", 0)).hasMessageContaining("1 to 366");

            assertThat(store.all()).isEmpty();
        }
    }
}
