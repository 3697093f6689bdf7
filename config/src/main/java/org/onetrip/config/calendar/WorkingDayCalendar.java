package org.onetrip.config.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working days of the offices behind the kiosk, by which promised and top-up dates are counted:
 * Monday to Friday, except public holidays (days off), plus the make-up working days (调休上班) that
 * fall on a Saturday or Sunday. Pure and immutable; no clock, no I/O.
 *
 * <p>Outside the {@linkplain #years() years it covers} the calendar knows no holidays and counts
 * Monday to Friday only; {@code config check} warns when the current or the next year is not covered.
 *
 * @param years             in ascending order, the years whose official arrangement the calendar holds
 * @param daysOff           in date order, public holidays, each with the holiday's name (e.g. 国庆节); any day of the week
 * @param makeUpWorkingDays in date order, Saturdays and Sundays that are working days; none is also a day off
 */
public record WorkingDayCalendar(Set<Integer> years, Map<LocalDate, String> daysOff, Set<LocalDate> makeUpWorkingDays) {

    /** Monday to Friday, every year: for code-built configurations and years without an arrangement. */
    public static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(Set.of(), Map.of(), Set.of());

    /** Longest count {@link #addWorkingDays} accepts: ten years of working days. */
    public static final int MAX_WORKING_DAYS = 2_600;

    public WorkingDayCalendar {
        years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        daysOff = Collections.unmodifiableSortedMap(new TreeMap<>(daysOff));
        makeUpWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkingDays));
        for (LocalDate day : makeUpWorkingDays) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("make-up working day " + day + " is a " + day.getDayOfWeek()
                        + "; it must be a Saturday or Sunday");
            }
            if (daysOff.containsKey(day)) {
                throw new IllegalArgumentException(day + " is both a day off and a make-up working day");
            }
        }
    }

    /** Whether offices work on {@code day}: a weekday that is no holiday, or a make-up working day. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !daysOff.containsKey(day);
    }

    /**
     * The {@code days}-th working day after {@code from}, not counting {@code from} itself; {@code from}
     * unchanged for 0 (done on the spot), whether or not it is a working day.
     *
     * @param days 0 to {@link #MAX_WORKING_DAYS}
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("days must be 0 to " + MAX_WORKING_DAYS + ", got " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** {@code day} itself when it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after
     * {@code from}. The inverse of {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The holiday {@code day} belongs to, if it is a public holiday. */
    public Optional<String> holidayOn(LocalDate day) {
        return Optional.ofNullable(daysOff.get(day));
    }

    /** Whether the calendar holds the arrangement of {@code year}; outside it, Monday to Friday are counted. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The calendar of this one and {@code other} together (a hall's local adjustments over the official calendar). */
    public WorkingDayCalendar with(WorkingDayCalendar other) {
        Set<Integer> allYears = new TreeSet<>(years);
        allYears.addAll(other.years);
        Map<LocalDate, String> allDaysOff = new TreeMap<>(other.daysOff);
        allDaysOff.putAll(daysOff);
        Set<LocalDate> allMakeUp = new TreeSet<>(makeUpWorkingDays);
        allMakeUp.addAll(other.makeUpWorkingDays);
        return new WorkingDayCalendar(allYears, allDaysOff, allMakeUp);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
