package vn.daihoi.roll.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormErrors;
import vn.daihoi.roll.internal.Agenda;
import vn.daihoi.roll.internal.HandsBody;
import vn.daihoi.roll.internal.HandsChoice;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.season.CongressCase;

/** The agenda page: the steps with the current one marked, and the bodies elected by show of hands. */
@Controller
class AgendaPageController {

    private final Agenda agenda;
    private final RollBook book;
    private final AccessControl access;
    private final FormActions actions;

    AgendaPageController(Agenda agenda, RollBook book, AccessControl access, FormActions actions) {
        this.agenda = agenda;
        this.book = book;
        this.access = access;
        this.actions = actions;
    }

    @GetMapping("/congresses/{id}/agenda")
    String page(@PathVariable long id, Model model) {
        CongressCase c = book.congress(id);
        model.addAttribute("c", c);
        model.addAttribute("v", agenda.view(id));
        model.addAttribute("bodies", List.of(HandsBody.values()));
        model.addAttribute("mayRun", access.can(Permission.CONGRESS_DAY_RUN, c.orgId()));
        return "roll/agenda";
    }

    @PostMapping("/congresses/{id}/agenda/steps")
    String step(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit("step-form", page(id), request, redirect, locale, "roll.done.step", errors -> {
            errors.place("roll.error.stepTitle", "title").place("roll.error.stepTime", "startsAt");
            String startsAt = errors.parse("startsAt", () -> hour(form.get("startsAt")));
            String title = errors.required("title", "roll.agenda.stepTitle", form.get("title"));
            title = title == null ? null : errors.text("title", "roll.agenda.stepTitle", title, 300);
            errors.check();
            agenda.addStep(id, startsAt, title);
            return null;
        });
    }

    @PostMapping("/congresses/{id}/agenda/current")
    String current(
            @PathVariable long id,
            @RequestParam(required = false) Long step,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "roll.done.current", () -> agenda.markCurrent(id, step));
    }

    @PostMapping("/congresses/{id}/agenda/bodies")
    String body(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit("body-form", page(id), request, redirect, locale, "roll.done.body", errors -> {
            errors.place("roll.error.bodyRequired", "body")
                    .place("roll.error.membersRequired", "numbers")
                    .place("roll.error.badNumbers", "numbers")
                    .place("roll.error.notAVoter", "numbers")
                    .place("roll.error.standsOnAList", "numbers")
                    .place("roll.error.handsAddUp", "total")
                    .place("roll.error.handsAboveD", "total");
            HandsBody body = errors.parse("body", () -> handsBody(form.get("body")));
            String numbers = errors.required("numbers", "roll.agenda.numbers", form.get("numbers"));
            Integer agree = count(errors, "agree", "roll.agenda.agree", form);
            Integer disagree = count(errors, "disagree", "roll.agenda.disagree", form);
            Integer total = count(errors, "total", "roll.agenda.total", form);
            errors.check();
            agenda.chooseBody(id, new HandsChoice(body, numbers, agree, disagree, total));
            return null;
        });
    }

    /** Running the congress day is checked before a form is read: a refusal stays a 403. */
    private void requireRun(long id) {
        access.require(Permission.CONGRESS_DAY_RUN, book.congress(id).orgId());
    }

    private static String page(long id) {
        return "/congresses/" + id + "/agenda";
    }

    /** A count of hands: required, a whole number. */
    private static Integer count(FormErrors errors, String field, String labelKey, Map<String, String> form) {
        String typed = errors.required(field, labelKey, form.get(field));
        if (typed == null) {
            return null;
        }
        return errors.parse(field, () -> {
            if (!typed.matches("\\d{1,7}")) {
                throw new DomainException("roll.error.count", typed);
            }
            return Integer.parseInt(typed);
        });
    }

    /** The step's time as typed when it is HH:mm (the agenda stores it), else refused beside the field. */
    private static String hour(String typed) {
        String t = typed == null ? "" : typed.strip();
        try {
            java.time.LocalTime.parse(t, java.time.format.DateTimeFormatter.ofPattern("H:mm"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException("roll.error.stepTime", t);
        }
        return t;
    }

    private static HandsBody handsBody(String value) {
        try {
            return HandsBody.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("roll.error.bodyRequired");
        }
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        return actions.run("/congresses/" + id + "/agenda", redirect, locale, doneKey, step);
    }
}
