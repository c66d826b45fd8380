package vn.daihoi.season.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;

/** The page of one congress case: where it stands, its deadline, its history, and the next steps. */
@Controller
class CasePageController {

    private final CongressCases cases;
    private final MessageSource messages;
    private final Clock clock;
    private final FormActions actions;

    CasePageController(CongressCases cases, MessageSource messages, Clock clock, FormActions actions) {
        this.actions = actions;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/congresses/{id}")
    String show(@PathVariable long id, Model model) {
        CongressCase c = cases.view(id);
        fill(model, c);
        return "season/case";
    }

    /** The cases of one unit (one per term), reached from its node page. */
    @GetMapping("/org/{id}/congresses")
    String ofUnit(@PathVariable("id") long orgId, Model model) {
        var list = cases.ofUnit(orgId);
        if (list.size() == 1) {
            return "redirect:/congresses/" + list.getFirst().id();
        }
        model.addAttribute("orgId", orgId);
        model.addAttribute("cases", list);
        return "season/unit-cases";
    }

    /**
     * One step of the case (FormActions.submit): every field read at once; refused, by a field or by the
     * service, the form comes back with each error beside its field and what was typed.
     */
    @PostMapping("/congresses/{id}/steps")
    String step(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        // access first: someone who may take no step of this case gets a 403, never a form error
        if (cases.stepsForCurrentUser(cases.view(id)).isEmpty()) {
            throw new AccessDeniedException("no step of case " + id);
        }
        return actions.submit(
                "step-form", "/congresses/" + id, request, redirect, locale, "congress.stepped", errors -> {
                    errors.place("congress.error.noTarget", "to")
                            .place("congress.error.illegal", "to")
                            .place("congress.error.futureStep", "effectiveOn")
                            .place("congress.error.beforeLastStep", "effectiveOn")
                            .place("congress.error.dateRequired", "date")
                            .place("congress.error.dateBeforeStep", "date")
                            .place("congress.error.newDateRequired", "date")
                            .place("congress.error.noticeTooShort", "date")
                            .place("congress.error.reasonRequired", "reason")
                            .place("congress.error.reasonTooLong", "reason");
                    String to = errors.required("to", "congress.next", form.get("to"));
                    CongressState state = to == null ? null : errors.parse("to", () -> state(to));
                    Integer version = errors.parse("version", () -> version(form.get("version")));
                    LocalDate effectiveOn =
                            errors.date("effectiveOn", "congress.field.effectiveOn", form.get("effectiveOn"), false);
                    LocalDate date = errors.date("date", "congress.field.date", form.get("date"), false);
                    String reason = errors.text("reason", "congress.field.reason", form.get("reason"), 2000);
                    errors.check();
                    CongressCase moved = cases.move(id, new CongressMove(state, effectiveOn, date, reason, version));
                    redirect.addFlashAttribute(
                            "stepNotice",
                            messages.getMessage(
                                    "congress.moved",
                                    new Object[] {
                                        messages.getMessage(moved.state().labelKey(), null, locale)
                                    },
                                    locale));
                    return null;
                });
    }

    private static CongressState state(String to) {
        try {
            return CongressState.valueOf(to);
        } catch (IllegalArgumentException e) {
            throw new DomainException("congress.error.badState", to);
        }
    }

    private static Integer version(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("error.badRequest");
        }
    }

    private void fill(Model model, CongressCase c) {
        model.addAttribute("c", c);
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("plannedOn", c.plannedOn());
        dates.put("openedOn", c.openedOn());
        dates.put("closedOn", c.closedOn());
        dates.put("reportedOn", c.reportedOn());
        dates.put("confirmedOn", c.confirmedOn());
        dates.put("postponedTo", c.postponedTo());
        dates.values().removeIf(java.util.Objects::isNull);
        model.addAttribute("dates", dates);
        model.addAttribute("history", cases.history(c.id()));
        model.addAttribute("steps", cases.stepsForCurrentUser(c));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("overdue", c.dueOn() != null && c.dueOn().isBefore(today));
    }
}
