package vn.daihoi.season.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
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

    CasePageController(CongressCases cases, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/congresses/{id}")
    String show(@PathVariable long id, Model model) {
        CongressCase c = cases.view(id);
        fill(model, c, Map.of());
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

    @PostMapping("/congresses/{id}/steps")
    String step(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            CongressCase moved = cases.move(id, parse(form));
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "congress.moved",
                            new Object[] {messages.getMessage(moved.state().labelKey(), null, locale)},
                            locale));
            return "redirect:/congresses/" + id;
        } catch (DomainException e) {
            response.setStatus(e.status());
            model.addAttribute("stepError", messages.getMessage(e, locale));
            fill(model, cases.view(id), form);
            return "season/case";
        }
    }

    static CongressMove parse(Map<String, String> form) {
        String to = form.getOrDefault("to", "").strip();
        CongressState state;
        try {
            state = to.isEmpty() ? null : CongressState.valueOf(to);
        } catch (IllegalArgumentException e) {
            throw new DomainException("congress.error.badState", to);
        }
        Integer version = null;
        String v = form.getOrDefault("version", "").strip();
        if (!v.isEmpty()) {
            try {
                version = Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new DomainException("error.badRequest");
            }
        }
        return new CongressMove(
                state, date(form.get("effectiveOn")), date(form.get("date")), form.get("reason"), version);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text.strip()).orElseThrow(() -> new DomainException("congress.error.badDate", text.strip()));
    }

    private void fill(Model model, CongressCase c, Map<String, String> sent) {
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
        model.addAttribute("sent", sent);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("overdue", c.dueOn() != null && c.dueOn().isBefore(today));
    }
}
