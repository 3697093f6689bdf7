package org.onetrip.kiosk.material;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Counts working days for top-up deadlines: Monday to Friday, less the given public holidays, plus the
 * given make-up working weekends (调休).
 *
 * @param holidays        weekdays on which offices are closed
 * @param workingWeekends Saturdays or Sundays on which offices are open
 */
public record WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
    public WorkingDayCalendar {
        holidays = Set.copyOf(holidays);
        workingWeekends = Set.copyOf(workingWeekends);
    }

    /** Monday to Friday, no holidays: a safe default that only ever errs towards an earlier due date. */
    public static WorkingDayCalendar weekdays() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The day that is {@code workingDays} working days after {@code from} (from itself not counted); 1 or more. */
    public LocalDate after(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 1) {
            throw new IllegalArgumentException("working days must be 1 or more, was " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
