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
import vn.daihoi.roll.internal.Absence;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollAbsences;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollClosing;
import vn.daihoi.roll.internal.RollFilter;
import vn.daihoi.roll.internal.RollKind;
import vn.daihoi.roll.internal.RollPage;
import vn.daihoi.roll.internal.RollSearch;
import vn.daihoi.season.CongressCase;

/**
 * The roll page of a congress: D explained, everyone summoned by number, and the office's forms (fill from the
 * member records or add delegates, absences, alternates called up). Each form posts and comes back here.
 */
@Controller
class RollPageController {

    private final RollBook book;
    private final RollAbsences absences;
    private final RollClosing closing;
    private final RollSearch search;
    private final AccessControl access;
    private final FormActions actions;

    RollPageController(
            RollBook book,
            RollAbsences absences,
            RollClosing closing,
            RollSearch search,
            AccessControl access,
            FormActions actions) {
        this.closing = closing;
        this.search = search;
        this.book = book;
        this.absences = absences;
        this.access = access;
        this.actions = actions;
    }

    @GetMapping("/congresses/{id}/roll")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) RollFilter filter,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        CongressCase c = book.congress(id);
        RollPage shown = search.page(id, q, filter, page);
        model.addAttribute("c", c);
        model.addAttribute("delegate", "DELEGATE".equals(c.kind()));
        model.addAttribute("x", book.explain(id));
        model.addAttribute("p", shown);
        model.addAttribute("entries", shown.entries());
        model.addAttribute("filters", List.of(RollFilter.values()));
        model.addAttribute("absentDelegates", search.absentDelegates(id));
        model.addAttribute(
                "delegateKinds",
                List.of(RollKind.ELECTED, RollKind.EX_OFFICIO, RollKind.APPOINTED, RollKind.ALTERNATE));
        boolean mayRun = access.can(Permission.CONGRESS_DAY_RUN, c.orgId());
        List<RollClosing.Decision> decisions = closing.history(id);
        boolean closed = !decisions.isEmpty() && decisions.getFirst().closed();
        model.addAttribute("mayRun", mayRun);
        model.addAttribute("closed", closed);
        model.addAttribute("closedBy", closed ? decisions.getFirst() : null);
        // the forms that change the roll are not offered once it is closed (the service refuses them anyway)
        model.addAttribute("mayEdit", mayRun && !closed);
        return "roll/roll";
    }

    @PostMapping("/congresses/{id}/roll/fill")
    String fill(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "roll.done.fill", () -> book.fillFromMembers(id));
    }

    @PostMapping("/congresses/{id}/roll/delegates")
    String delegate(
            @PathVariable long id,
            @RequestParam(required = false) RollKind kind,
            @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String electingUnit,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                id,
                redirect,
                locale,
                "roll.done.delegate",
                () -> book.addDelegate(id, new NewDelegate(kind, memberId, fullName, electingUnit)));
    }

    @PostMapping("/congresses/{id}/roll/absences")
    String absent(
            @PathVariable long id,
            @RequestParam(required = false) Long entry,
            @RequestParam(required = false) Absence absence,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "roll.done.absent", () -> absences.markAbsent(id, entry, absence, reason));
    }

    @PostMapping("/congresses/{id}/roll/absences/clear")
    String clear(
            @PathVariable long id,
            @RequestParam(required = false) Long entry,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "roll.done.cleared", () -> absences.clearAbsence(id, entry));
    }

    @PostMapping("/congresses/{id}/roll/alternates")
    String alternate(
            @PathVariable long id,
            @RequestParam(required = false) Long alternate,
            @RequestParam(required = false) Long delegate,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                id,
                redirect,
                locale,
                "roll.done.alternate",
                () -> absences.callUpAlternate(id, alternate, delegate, reason));
    }

    @PostMapping("/congresses/{id}/roll/close")
    String close(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "roll.done.closed", () -> closing.close(id));
    }

    @PostMapping("/congresses/{id}/roll/reopen")
    String reopen(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "roll.done.reopened", () -> closing.reopen(id, reason));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        return actions.run("/congresses/" + id + "/roll", redirect, locale, doneKey, step);
    }
}
