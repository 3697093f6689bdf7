package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.backend.store.FilingRecord;
import org.onetrip.backend.submission.FilingState;
import org.onetrip.backend.submission.ReviewTimeline;

class ReviewTimelineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant COMMITTED = Instant.parse("2026-11-20T02:00:00Z");
    private final ReviewTimeline timeline = ReviewTimeline.standard();

    @Test
    void statesFollowEachOtherAtTheirBoundaries() {
        FilingRecord filing = filing(null);

        assertThat(stateAfter(filing, Duration.ZERO)).isEqualTo(FilingState.RECEIVED);
        assertThat(stateAfter(filing, Duration.ofMinutes(59))).isEqualTo(FilingState.RECEIVED);
        assertThat(stateAfter(filing, Duration.ofHours(1))).isEqualTo(FilingState.UNDER_REVIEW);
        assertThat(stateAfter(filing, Duration.ofHours(24))).isEqualTo(FilingState.APPROVED);
        assertThat(stateAfter(filing, Duration.ofHours(72))).isEqualTo(FilingState.COMPLETED);
    }

    @Test
    void promisedMaterialsWaitUntilTheEndOfTheDueDayThenReject() {
        FilingRecord filing = filing(LocalDate.of(2026, 11, 25));

        assertThat(stateAfter(filing, Duration.ofHours(30))).isEqualTo(FilingState.NEED_MORE_MATERIALS);
        Instant lastMinute = Instant.parse("2026-11-25T15:59:00Z");
        assertThat(timeline.statusAt(filing, lastMinute, SHANGHAI).state()).isEqualTo(FilingState.NEED_MORE_MATERIALS);
        ReviewTimeline.Status rejected = timeline.statusAt(filing, Instant.parse("2026-11-25T16:00:00Z"), SHANGHAI);
        assertThat(rejected.state()).isEqualTo(FilingState.REJECTED);
        assertThat(rejected.since()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
    }

    @Test
    void thePromisedDateSkipsWeekends() {
        // Friday 2026-11-20 in Shanghai: five working days later is Friday 2026-11-27
        assertThat(timeline.promisedDate(COMMITTED, SHANGHAI)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(timeline.promisedDate(Instant.parse("2026-11-22T03:00:00Z"), SHANGHAI))
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void durationsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new ReviewTimeline(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(3), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("underReviewAfter <= decisionAfter");
        assertThatThrownBy(() -> new ReviewTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0))
                .hasMessageContaining("promisedWorkingDays must be 1..60");
    }

    private FilingState stateAfter(FilingRecord filing, Duration elapsed) {
        return timeline.statusAt(filing, COMMITTED.plus(elapsed), SHANGHAI).state();
    }

    private static FilingRecord filing(LocalDate topUpDue) {
        return new FilingRecord(1, "SZ20261120-000001", "sub-00000001", List.of("HUKOU-MOVE-IN"), null, COMMITTED,
                LocalDate.of(2026, 11, 27), topUpDue, "SZ-NS-0001-20261120-0001");
    }
}
