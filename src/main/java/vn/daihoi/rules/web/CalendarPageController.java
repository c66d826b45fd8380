package vn.daihoi.rules.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;
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
    private final FormActions actions;

    CalendarPageController(
            WorkingCalendar calendar,
            CalendarAdmin admin,
            AccessControl access,
            MessageSource messages,
            Clock clock,
            FormActions actions) {
        this.actions = actions;
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
            @RequestParam(required = false) String remove,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        int y = year == null ? LocalDate.now(clock).getYear() : CalendarViews.checkYear(year);
        if (from != null || days != null) {
            model.addAttribute("plusFrom", from);
            model.addAttribute("plusDays", days);
            try {
                LocalDate start = Dates.parse(from)
                        .orElseThrow(() -> new DomainException(
                                "form.error.date",
                                messages.getMessage("calendar.plus.from", null, locale),
                                from == null ? "" : from));
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
        // the day a row's "remove" link chose, shown in the removal form (escaped there as any value)
        model.addAttribute("removeDay", Dates.parse(remove).map(Dates::format).orElse(""));
        if (done != null && CalendarViews.OUTCOMES.contains(done)) {
            model.addAttribute("done", done);
        }
        return render(y, null, model);
    }

    @PostMapping("/rules/calendar/entries")
    String enter(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        return actions.submit(
                "entry-form", yearPage(form.get("day")), request, redirect, locale, "calendar.done.entered", errors -> {
                    errors.place("calendar.error.kind", "kind")
                            .place("calendar.error.noteRequired", "note")
                            .place("calendar.error.decisionRequired", "decisionRef")
                            .place("calendar.error.exists", "day")
                            .place("calendar.error.yearOutOfRange", "day");
                    LocalDate d = errors.date("day", "calendar.entry.day", form.get("day"), true);
                    CalendarEntry.Kind kind = errors.parse("kind", () -> CalendarViews.kind(form.get("kind")));
                    String note = errors.required("note", "calendar.entry.note", form.get("note"));
                    String ref = errors.required("decisionRef", "calendar.entry.decision", form.get("decisionRef"));
                    errors.check();
                    admin.enter(new CalendarEntry(d, kind, note, ref));
                    return "/rules/calendar?year=" + d.getYear() + "&done=entered";
                });
    }

    @PostMapping("/rules/calendar/entries/remove")
    String remove(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        return actions.submit(
                "entry-remove-form",
                yearPage(form.get("day")),
                request,
                redirect,
                locale,
                "calendar.done.removed",
                errors -> {
                    errors.place("calendar.error.notFound", "day").place("calendar.error.reasonRequired", "reason");
                    LocalDate d = errors.date("day", "calendar.entry.day", form.get("day"), true);
                    String reason = errors.required("reason", "calendar.entry.removeReason", form.get("reason"));
                    errors.check();
                    admin.remove(d, reason);
                    return "/rules/calendar?year=" + d.getYear() + "&done=removed";
                });
    }

    @PostMapping("/rules/calendar/tet")
    String declareTet(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        return actions.submit(
                "tet-form",
                yearPage(form.get("firstDay")),
                request,
                redirect,
                locale,
                "calendar.done.tetDeclared",
                errors -> {
                    errors.place("calendar.error.tetRange", "lastDay")
                            .place("calendar.error.tetMissing", "firstDay")
                            .place("calendar.error.tetExists", "firstDay")
                            .place("calendar.error.yearOutOfRange", "firstDay")
                            .place("calendar.error.tetNoteRequired", "note")
                            .place("calendar.error.tetDecisionRequired", "decisionRef");
                    LocalDate f = errors.date("firstDay", "calendar.tet.first", form.get("firstDay"), true);
                    LocalDate l = errors.date("lastDay", "calendar.tet.last", form.get("lastDay"), true);
                    String note = errors.required("note", "calendar.entry.note", form.get("note"));
                    String ref = errors.required("decisionRef", "calendar.entry.decision", form.get("decisionRef"));
                    errors.check();
                    admin.declareTet(f, l, note, ref);
                    return "/rules/calendar?year=" + f.getYear() + "&done=tetDeclared";
                });
    }

    @PostMapping("/rules/calendar/tet/remove")
    String removeTet(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        Integer year = year(form.get("year"));
        String page = "/rules/calendar" + (year == null ? "" : "?year=" + year);
        return actions.submit(
                "tet-remove-form", page, request, redirect, locale, "calendar.done.tetRemoved", errors -> {
                    errors.place("calendar.error.tetReasonRequired", "reason");
                    if (year == null) {
                        errors.reject(
                                "reason",
                                "calendar.error.yearOutOfRange",
                                form.getOrDefault("year", ""),
                                "2000",
                                "2100");
                    }
                    String reason = errors.required("reason", "calendar.entry.removeReason", form.get("reason"));
                    errors.check();
                    admin.removeTet(year, reason);
                    return page + "&done=tetRemoved";
                });
    }

    /** The calendar page of the year of a typed day (the current year when the day is not a date). */
    private String yearPage(String day) {
        int y = Dates.parse(day)
                .map(LocalDate::getYear)
                .filter(v -> v >= 2000 && v <= 2100)
                .orElse(LocalDate.now(clock).getYear());
        return "/rules/calendar?year=" + y;
    }

    private static Integer year(String text) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            return y >= 2000 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
