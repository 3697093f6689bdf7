package org.onetrip.config.load;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.onetrip.config.calendar.WorkingDayCalendar;

/**
 * Reads working-day calendar files, one year each, into one {@link WorkingDayCalendar}; later files add
 * to earlier ones (a hall's local days off over the official calendar). A day both off and a make-up
 * working day, in one file or across files, is a problem at the later of the two.
 */
final class CalendarBinder {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    /** A holiday range longer than this is taken for a typo. */
    static final int LONGEST_HOLIDAY_DAYS = 31;
    private static final String DATE = "a date written YYYY-MM-DD";

    /** Where a day was given, to point back to it. */
    private record Given(String what, Path file, int line) {
    }

    private final Set<Integer> years = new TreeSet<>();
    private final Map<LocalDate, Given> daysOff = new HashMap<>();
    private final Map<LocalDate, Given> makeUpWorkingDays = new HashMap<>();
    private final Map<LocalDate, String> names = new HashMap<>();

    /** Reads one calendar file; every problem is logged, and only a file read cleanly adds its days. */
    void read(Path file, ProblemLog problems) {
        YamlFile.read(file, problems).ifPresent(root -> root.mapping().ifPresent(calendar -> {
            int before = problems.count();
            Optional<Integer> year = calendar.required("year", Scalars.wholeNumberExpectation(FIRST_YEAR, LAST_YEAR),
                    Scalars.wholeNumber(FIRST_YEAR, LAST_YEAR));
            calendar.optionalText("source");
            Optional<YamlValue> provisionalKey = calendar.optional("provisional");
            boolean provisional = calendar.flag("provisional", false);
            Map<LocalDate, Given> off = new HashMap<>();
            Map<LocalDate, String> offNames = new HashMap<>();
            for (YamlValue item : calendar.list("holidays")) {
                holiday(item, year, off, offNames);
            }
            Map<LocalDate, Given> makeUp = new HashMap<>();
            for (YamlValue item : calendar.list("makeUpWorkingDays")) {
                item.as(DATE, LocalDate::parse).ifPresent(day -> makeUpDay(item, day, year, off, makeUp));
            }
            calendar.finish();
            if (problems.count() > before) {
                return;
            }
            years.add(year.orElseThrow());
            daysOff.putAll(off);
            names.putAll(offNames);
            makeUpWorkingDays.putAll(makeUp);
            if (provisional) {
                provisionalKey.orElseThrow().warning("the calendar of " + year.orElseThrow() + " is provisional: "
                        + "it lacks the official substitute days off and make-up working days; replace it with the "
                        + "State Council's arrangement when published");
            }
        }));
    }

    WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(years, names, makeUpWorkingDays.keySet());
    }

    private void holiday(YamlValue item, Optional<Integer> year, Map<LocalDate, Given> off, Map<LocalDate, String> offNames) {
        item.mapping().ifPresent(holiday -> {
            int before = item.file().problems().count();
            Optional<String> name = holiday.text("name");
            Optional<YamlValue> dateKey = holiday.optional("date");
            Optional<YamlValue> fromKey = holiday.optional("from");
            Optional<YamlValue> toKey = holiday.optional("to");
            holiday.finish();
            boolean oneDay = dateKey.isPresent() && fromKey.isEmpty() && toKey.isEmpty();
            boolean range = dateKey.isEmpty() && fromKey.isPresent() && toKey.isPresent();
            if (!oneDay && !range) {
                item.problem("give either date (one day off) or both from and to (a range of days off)");
                return;
            }
            Optional<LocalDate> from = dateKey.or(() -> fromKey).flatMap(value -> value.as(DATE, LocalDate::parse));
            Optional<LocalDate> to = oneDay ? from : toKey.flatMap(value -> value.as(DATE, LocalDate::parse));
            if (item.file().problems().count() > before) {
                return;
            }
            LocalDate first = from.orElseThrow();
            LocalDate last = to.orElseThrow();
            YamlValue lastNode = dateKey.or(() -> toKey).orElseThrow();
            if (last.isBefore(first)) {
                lastNode.problem("the range ends on " + last + ", before it starts on " + first);
                return;
            }
            if (first.plusDays(LONGEST_HOLIDAY_DAYS).isBefore(last.plusDays(1))) {
                lastNode.problem("the range " + first + " to " + last + " is longer than " + LONGEST_HOLIDAY_DAYS
                        + " days; split it or check the dates");
                return;
            }
            if (!withinYear(dateKey.or(() -> fromKey).orElseThrow(), first, year) || !withinYear(lastNode, last, year)) {
                return;
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Given makeUp = makeUpWorkingDays.get(day);
                if (makeUp != null) {
                    item.problem(day + " is a make-up working day in " + makeUp.file() + " line " + makeUp.line()
                            + "; a day cannot be both a day off and a make-up working day");
                    return;
                }
                off.put(day, new Given(name.orElseThrow(), item.file().file(), item.node().getStartMark().getLine() + 1));
                offNames.put(day, name.orElseThrow());
            }
        });
    }

    private void makeUpDay(YamlValue item, LocalDate day, Optional<Integer> year, Map<LocalDate, Given> off,
                           Map<LocalDate, Given> makeUp) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            item.problem(day + " is a " + dayName(day) + ": a make-up working day is a Saturday or Sunday"
                    + " (Monday to Friday are working days already)");
            return;
        }
        if (!withinYear(item, day, year)) {
            return;
        }
        for (Map<LocalDate, Given> known : List.of(off, daysOff)) {
            Given holiday = known.get(day);
            if (holiday != null) {
                item.problem(day + " is a day off (" + holiday.what() + ", " + holiday.file() + " line " + holiday.line()
                        + "); a day cannot be both a day off and a make-up working day");
                return;
            }
        }
        makeUp.put(day, new Given("make-up working day", item.file().file(), item.node().getStartMark().getLine() + 1));
    }

    /** A calendar's days lie in its year, or in the December before or the January after it. */
    private static boolean withinYear(YamlValue value, LocalDate day, Optional<Integer> year) {
        if (year.isEmpty()) {
            return true;
        }
        LocalDate earliest = LocalDate.of(year.get() - 1, 12, 1);
        LocalDate latest = LocalDate.of(year.get() + 1, 1, 31);
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            value.problem(day + " is outside the calendar's year " + year.get()
                    + "; allowed from " + earliest + " to " + latest);
            return false;
        }
        return true;
    }

    private static String dayName(LocalDate day) {
        String name = day.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
