package org.onetrip.backend.submission;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.onetrip.backend.store.FilingRecord;

/**
 * How the reference backend moves a filing through review as time passes. The state is a pure
 * function of the filing and the current instant, so it survives restarts and a test moves it
 * by advancing its clock.
 *
 * <pre>
 * commit ─ underReviewAfter ─> UNDER_REVIEW ─ decisionAfter ─> APPROVED ─ completedAfter ─> COMPLETED
 *                                                          └─> NEED_MORE_MATERIALS (materials promised)
 *                                                               ─ end of the due day ─> REJECTED
 * </pre>
 *
 * @param underReviewAfter  from commit to UNDER_REVIEW
 * @param decisionAfter     from commit to the decision (APPROVED or NEED_MORE_MATERIALS)
 * @param completedAfter    from commit to COMPLETED, for approved filings
 * @param promisedWorkingDays working days (Monday to Friday) from the commit date to the promised date
 */
public record ReviewTimeline(Duration underReviewAfter, Duration decisionAfter, Duration completedAfter,
                             int promisedWorkingDays) {

    public ReviewTimeline {
        Objects.requireNonNull(underReviewAfter, "underReviewAfter");
        Objects.requireNonNull(decisionAfter, "decisionAfter");
        Objects.requireNonNull(completedAfter, "completedAfter");
        if (underReviewAfter.isNegative() || decisionAfter.compareTo(underReviewAfter) < 0
                || completedAfter.compareTo(decisionAfter) < 0) {
            throw new IllegalArgumentException("durations must satisfy 0 <= underReviewAfter <= decisionAfter"
                    + " <= completedAfter, were " + underReviewAfter + ", " + decisionAfter + ", " + completedAfter);
        }
        if (promisedWorkingDays < 1 || promisedWorkingDays > 60) {
            throw new IllegalArgumentException("promisedWorkingDays must be 1..60, was " + promisedWorkingDays);
        }
    }

    /** One hour to review, a decision after a day, completion after three days, promised in five working days. */
    public static ReviewTimeline standard() {
        return new ReviewTimeline(Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72), 5);
    }

    /** The state at {@code now} and the instant it was entered. */
    public record Status(FilingState state, Instant since, String reason) {
    }

    public Status statusAt(FilingRecord filing, Instant now, ZoneId zone) {
        Instant committed = filing.committedAt();
        Instant underReview = committed.plus(underReviewAfter);
        Instant decided = committed.plus(decisionAfter);
        if (now.isBefore(underReview)) {
            return new Status(FilingState.RECEIVED, committed, null);
        }
        if (now.isBefore(decided)) {
            return new Status(FilingState.UNDER_REVIEW, underReview, null);
        }
        if (filing.topUpDue() != null) {
            Instant deadline = filing.topUpDue().plusDays(1).atStartOfDay(zone).toInstant();
            if (deadline.isAfter(decided) && now.isBefore(deadline)) {
                return new Status(FilingState.NEED_MORE_MATERIALS, decided,
                        "promised materials are due by " + filing.topUpDue());
            }
            Instant rejected = deadline.isAfter(decided) ? deadline : decided;
            return new Status(FilingState.REJECTED, rejected, "promised materials did not arrive by "
                    + filing.topUpDue());
        }
        Instant completed = committed.plus(completedAfter);
        if (now.isBefore(completed)) {
            return new Status(FilingState.APPROVED, decided, null);
        }
        return new Status(FilingState.COMPLETED, completed, null);
    }

    /** The commit date plus the promised number of working days. */
    public LocalDate promisedDate(Instant committedAt, ZoneId zone) {
        LocalDate date = committedAt.atZone(zone).toLocalDate();
        int left = promisedWorkingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
