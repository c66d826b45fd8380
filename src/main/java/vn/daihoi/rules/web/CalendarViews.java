package vn.daihoi.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.CalendarEntry;
import vn.daihoi.rules.OfficialTet;
import vn.daihoi.rules.YearCalendar;

/** What the calendar page and API show of a year, and the parsing both share. */
final class CalendarViews {

    static final Set<String> OUTCOMES = Set.of("entered", "removed", "tetDeclared", "tetRemoved");
    static final int MAX_DAYS = 3_000;

    private CalendarViews() {}

    record DayRow(
            LocalDate date,
            String dateText,
            String weekdayKey,
            boolean working,
            boolean onWeekend,
            String reasonKey,
            String reason,
            String note,
            String decisionRef,
            boolean entered) {}

    record YearView(
            int year,
            String lunarNewYear,
            OfficialTet officialTet,
            String tetFirst,
            String tetLast,
            boolean defaultNationalDayAdjacent,
            int workingDays,
            List<DayRow> days) {}

    static YearView year(YearCalendar cal) {
        List<DayRow> rows = cal.specialDays().stream()
                .map(d -> new DayRow(
                        d.date(),
                        Dates.format(d.date()),
                        weekdayKey(d.date()),
                        d.working(),
                        d.date().getDayOfWeek().getValue() >= 6,
                        d.reason().labelKey(),
                        d.reason().name(),
                        d.note(),
                        d.decisionRef(),
                        d.entered()))
                .toList();
        OfficialTet tet = cal.officialTet().orElse(null);
        return new YearView(
                cal.year(),
                Dates.format(cal.lunarNewYear()),
                tet,
                tet == null ? null : Dates.format(tet.firstDay()),
                tet == null ? null : Dates.format(tet.lastDay()),
                cal.defaultNationalDayAdjacent(),
                cal.workingDayCount(),
                rows);
    }

    static String weekdayKey(LocalDate date) {
        return "calendar.weekday." + date.getDayOfWeek().getValue();
    }

    static int checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("calendar.error.yearOutOfRange", Integer.toString(year), "2000", "2100");
        }
        return year;
    }

    static int days(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) > MAX_DAYS) {
            throw new DomainException("calendar.error.days", t, MAX_DAYS);
        }
        return Integer.parseInt(t);
    }

    static CalendarEntry.Kind kind(String text) {
        for (CalendarEntry.Kind k : CalendarEntry.Kind.values()) {
            if (k.name().equals(text)) {
                return k;
            }
        }
        throw new DomainException("calendar.error.kind");
    }
}
