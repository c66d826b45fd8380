package vn.daihoi.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.CalendarAdmin;
import vn.daihoi.rules.CalendarEntry;
import vn.daihoi.rules.WorkingCalendar;

/** The working-day calendar page: a year's special days, the deadline calculator, and the admin's entries. */
@Controller
class CalendarPageController {

    private final WorkingCalendar calendar;
    private final CalendarAdmin admin;
    private final AccessControl access;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPageController(
            WorkingCalendar calendar, CalendarAdmin admin, AccessControl access, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.admin = admin;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/rules/calendar")
    String page(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String done,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        int y = year == null ? LocalDate.now(clock).getYear() : CalendarViews.checkYear(year);
        if (from != null || days != null) {
            model.addAttribute("plusFrom", from);
            model.addAttribute("plusDays", days);
            try {
                LocalDate start = Dates.parse(from)
                        .orElseThrow(() -> new DomainException("calendar.error.date", from == null ? "" : from));
                CalendarViews.checkYear(start.getYear());
                int n = CalendarViews.days(days);
                LocalDate result = calendar.plusWorkingDays(start, n);
                model.addAttribute(
                        "plusResult",
                        messages.getMessage(
                                "calendar.plus.result",
                                new Object[] {
                                    Dates.format(start),
                                    n,
                                    Dates.format(result),
                                    messages.getMessage(CalendarViews.weekdayKey(result), null, locale)
                                },
                                locale));
            } catch (DomainException e) {
                model.addAttribute("plusError", messages.getMessage(e, locale));
            }
        }
        if (done != null && CalendarViews.OUTCOMES.contains(done)) {
            model.addAttribute("done", done);
        }
        return render(y, null, model);
    }

    @PostMapping("/rules/calendar/entries")
    String enter(
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String decisionRef,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        Optional<LocalDate> date = Dates.parse(day);
        try {
            LocalDate d = date.orElseThrow(() -> new DomainException("calendar.error.date", day == null ? "" : day));
            admin.enter(new CalendarEntry(d, CalendarViews.kind(kind), note, decisionRef));
            return "redirect:/rules/calendar?year=" + d.getYear() + "&done=entered";
        } catch (DomainException e) {
            return failed(date.map(LocalDate::getYear), e, model, locale);
        }
    }

    @PostMapping("/rules/calendar/entries/remove")
    String remove(
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String reason,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        Optional<LocalDate> date = Dates.parse(day);
        try {
            LocalDate d = date.orElseThrow(() -> new DomainException("calendar.error.date", day == null ? "" : day));
            admin.remove(d, reason);
            return "redirect:/rules/calendar?year=" + d.getYear() + "&done=removed";
        } catch (DomainException e) {
            return failed(date.map(LocalDate::getYear), e, model, locale);
        }
    }

    @PostMapping("/rules/calendar/tet")
    String declareTet(
            @RequestParam(required = false) String firstDay,
            @RequestParam(required = false) String lastDay,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String decisionRef,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        Optional<LocalDate> first = Dates.parse(firstDay);
        try {
            LocalDate f = first.orElseThrow(
                    () -> new DomainException("calendar.error.date", firstDay == null ? "" : firstDay));
            LocalDate l = Dates.parse(lastDay)
                    .orElseThrow(() -> new DomainException("calendar.error.date", lastDay == null ? "" : lastDay));
            admin.declareTet(f, l, note, decisionRef);
            return "redirect:/rules/calendar?year=" + f.getYear() + "&done=tetDeclared";
        } catch (DomainException e) {
            return failed(first.map(LocalDate::getYear), e, model, locale);
        }
    }

    @PostMapping("/rules/calendar/tet/remove")
    String removeTet(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String reason,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        try {
            if (year == null) {
                throw new DomainException("calendar.error.yearOutOfRange", "", "2000", "2100");
            }
            admin.removeTet(year, reason);
            return "redirect:/rules/calendar?year=" + year + "&done=tetRemoved";
        } catch (DomainException e) {
            return failed(Optional.ofNullable(year), e, model, locale);
        }
    }

    private String failed(Optional<Integer> year, DomainException e, Model model, Locale locale) {
        int y = year.filter(v -> v >= 2000 && v <= 2100)
                .orElse(LocalDate.now(clock).getYear());
        return render(y, messages.getMessage(e, locale), model);
    }

    private String render(int year, String error, Model model) {
        model.addAttribute("view", CalendarViews.year(calendar.year(year)));
        model.addAttribute(
                "mayEdit", !access.scopeRoots(Permission.RULEBOOK_EDIT).isEmpty());
        model.addAttribute("kinds", CalendarEntry.Kind.values());
        model.addAttribute("error", error);
        return "rules/calendar";
    }
}
