package vn.daihoi.roll.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.FormActions;
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
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "roll.done.step", () -> agenda.addStep(id, startsAt, title));
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
            @RequestParam(required = false) HandsBody body,
            @RequestParam(required = false) String numbers,
            @RequestParam(required = false) Integer agree,
            @RequestParam(required = false) Integer disagree,
            @RequestParam(required = false) Integer total,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                id,
                redirect,
                locale,
                "roll.done.body",
                () -> agenda.chooseBody(id, new HandsChoice(body, numbers, agree, disagree, total)));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        return actions.run("/congresses/" + id + "/agenda", redirect, locale, doneKey, step);
    }
}
