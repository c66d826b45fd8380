package vn.daihoi.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.WorkingCalendar;
import vn.daihoi.rules.YearCalendar;

/** The calendar as JSON: a year's special days, and "date + N working days". Dates are ISO yyyy-MM-dd. */
@RestController
class CalendarApiController {

    private final WorkingCalendar calendar;
    private final AccessControl access;
    private final MessageSource messages;

    CalendarApiController(WorkingCalendar calendar, AccessControl access, MessageSource messages) {
        this.calendar = calendar;
        this.access = access;
        this.messages = messages;
    }

    record Day(
            LocalDate date,
            boolean working,
            boolean weekend,
            String reason,
            String label,
            String note,
            String decisionRef,
            boolean entered) {}

    record OfficialTetJson(LocalDate firstDay, LocalDate lastDay, String note, String decisionRef) {}

    record Year(
            int year,
            LocalDate lunarNewYear,
            OfficialTetJson officialTet,
            boolean defaultNationalDayAdjacent,
            int workingDays,
            List<Day> days) {}

    record Plus(LocalDate from, int days, LocalDate result) {}

    @GetMapping("/api/calendar/{year:\\d+}")
    Year year(@PathVariable int year, Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        YearCalendar cal = calendar.year(CalendarViews.checkYear(year));
        List<Day> days = cal.specialDays().stream()
                .map(d -> new Day(
                        d.date(),
                        d.working(),
                        d.date().getDayOfWeek().getValue() >= 6,
                        d.reason().name(),
                        messages.getMessage(d.reason().labelKey(), null, locale),
                        d.note(),
                        d.decisionRef(),
                        d.entered()))
                .toList();
        return new Year(
                year,
                cal.lunarNewYear(),
                cal.officialTet()
                        .map(t -> new OfficialTetJson(t.firstDay(), t.lastDay(), t.note(), t.decisionRef()))
                        .orElse(null),
                cal.defaultNationalDayAdjacent(),
                cal.workingDayCount(),
                days);
    }

    @GetMapping("/api/calendar/plus")
    Plus plus(@RequestParam(required = false) String from, @RequestParam(required = false) String days) {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        LocalDate start = parseIso(from);
        CalendarViews.checkYear(start.getYear());
        int n = CalendarViews.days(days);
        return new Plus(start, n, calendar.plusWorkingDays(start, n));
    }

    private static LocalDate parseIso(String text) {
        if (text != null && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
        }
        throw new DomainException("rule.error.on", text == null ? "" : text);
    }
}
