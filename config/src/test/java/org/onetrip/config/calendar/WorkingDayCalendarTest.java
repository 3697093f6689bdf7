package org.onetrip.config.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic over the official 2026 arrangement around National Day. */
class WorkingDayCalendarTest {

    /** 中秋节 and 国庆节 2026 as the State Council arranged them, with their make-up working days. */
    private final WorkingDayCalendar autumn2026 = new WorkingDayCalendar(Set.of(2026), daysOff(), Set.of(
            LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

    private static Map<LocalDate, String> daysOff() {
        Map<LocalDate, String> off = new HashMap<>();
        for (LocalDate day = LocalDate.of(2026, 9, 25); !day.isAfter(LocalDate.of(2026, 9, 27)); day = day.plusDays(1)) {
            off.put(day, "中秋节");
        }
        for (LocalDate day = LocalDate.of(2026, 10, 1); !day.isAfter(LocalDate.of(2026, 10, 7)); day = day.plusDays(1)) {
            off.put(day, "国庆节");
        }
        return off;
    }

    @Test
    void theNationalDayWeekIsOffAndItsMakeUpWeekendDaysAreWorked() {
        for (int day = 1; day <= 7; day++) {
            assertThat(autumn2026.isWorkingDay(LocalDate.of(2026, 10, day))).as("October %d", day).isFalse();
        }
        assertThat(autumn2026.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday 20 September, make-up").isTrue();
        assertThat(autumn2026.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday 10 October, make-up").isTrue();
        assertThat(autumn2026.isWorkingDay(LocalDate.of(2026, 10, 11))).as("Sunday 11 October").isFalse();
        assertThat(autumn2026.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Friday 25 September, 中秋节").isFalse();
        assertThat(autumn2026.isWorkingDay(LocalDate.of(2026, 9, 28))).as("an ordinary Monday").isTrue();
        assertThat(autumn2026.holidayOn(LocalDate.of(2026, 10, 3))).hasValue("国庆节");
        assertThat(autumn2026.holidayOn(LocalDate.of(2026, 10, 10))).isEmpty();
    }

    @Test
    void twentyWorkingDaysFromLateSeptemberSkipTheHolidaysAndCountTheMakeUpSaturday() {
        // 28, 29, 30 Sep; 8, 9, 10 (Saturday, make-up) Oct; 12-16; 19-23; 26, 27, 28, 29
        assertThat(autumn2026.addWorkingDays(LocalDate.of(2026, 9, 24), 20)).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(autumn2026.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(autumn2026.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(autumn2026.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void countingIsTheInverseOfAdding() {
        LocalDate from = LocalDate.of(2026, 9, 24);
        for (int days = 0; days <= 40; days++) {
            assertThat(autumn2026.workingDaysBetween(from, autumn2026.addWorkingDays(from, days))).isEqualTo(days);
        }
        assertThat(autumn2026.workingDaysBetween(from, from.minusDays(3))).isZero();
    }

    @Test
    void zeroWorkingDaysIsTheSameDayAndTheNextWorkingDayIsFoundFromAHoliday() {
        LocalDate holiday = LocalDate.of(2026, 10, 2);
        assertThat(autumn2026.addWorkingDays(holiday, 0)).isEqualTo(holiday);
        assertThat(autumn2026.workingDayOnOrAfter(holiday)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(autumn2026.workingDayOnOrAfter(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void aYearNotCoveredCountsMondayToFriday() {
        assertThat(autumn2026.covers(2026)).isTrue();
        assertThat(autumn2026.covers(2028)).isFalse();
        // 2028-09-29 is a Friday
        assertThat(autumn2026.addWorkingDays(LocalDate.of(2028, 9, 29), 1)).isEqualTo(LocalDate.of(2028, 10, 2));
        assertThat(WorkingDayCalendar.WEEKDAYS_ONLY.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(WorkingDayCalendar.WEEKDAYS_ONLY.isWorkingDay(LocalDate.of(2026, 9, 20))).isFalse();
    }

    @Test
    void aNegativeOrHugeCountIsRefused() {
        assertThatThrownBy(() -> autumn2026.addWorkingDays(LocalDate.of(2026, 9, 24), -1))
                .hasMessageContaining("0 to " + WorkingDayCalendar.MAX_WORKING_DAYS);
        assertThatThrownBy(() -> autumn2026.addWorkingDays(LocalDate.of(2026, 9, 24), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMakeUpDayMustBeAWeekendDayAndNoDayOff() {
        assertThatThrownBy(() -> new WorkingDayCalendar(Set.of(2026), Map.of(), Set.of(LocalDate.of(2026, 10, 9))))
                .hasMessageContaining("FRIDAY");
        assertThatThrownBy(() -> new WorkingDayCalendar(Set.of(2026), Map.of(LocalDate.of(2026, 10, 10), "x"),
                Set.of(LocalDate.of(2026, 10, 10))))
                .hasMessageContaining("both a day off and a make-up working day");
    }

    @Test
    void aLocalCalendarAddsItsDaysOffToTheOfficialOne() {
        WorkingDayCalendar local = new WorkingDayCalendar(Set.of(2026), Map.of(LocalDate.of(2026, 10, 12), "闭馆"), Set.of());

        WorkingDayCalendar both = autumn2026.with(local);

        assertThat(both.isWorkingDay(LocalDate.of(2026, 10, 12))).isFalse();
        assertThat(both.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(both.addWorkingDays(LocalDate.of(2026, 9, 24), 20)).isEqualTo(LocalDate.of(2026, 10, 30));
    }
}
