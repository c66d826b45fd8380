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
import org.springframework.web.util.UriComponentsBuilder;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.DomainException;
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
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit("delegate-form", page(id), request, redirect, locale, "roll.done.delegate", errors -> {
            errors.place("roll.error.kindRequired", "kind")
                    .place("roll.error.memberNotHere", "memberId")
                    .place("roll.error.alreadyOnRoll", "fullName")
                    .place("roll.error.nameRequired", "fullName")
                    .place("roll.error.unitTooLong", "electingUnit")
                    .place("roll.error.unitRequired", "electingUnit");
            RollKind kind = errors.parse("kind", () -> kind(form.get("kind")));
            Long memberId = errors.parse("memberId", () -> memberId(form.get("memberId")));
            String fullName = errors.text("fullName", "roll.field.fullName", form.get("fullName"), 200);
            String unit = errors.text("electingUnit", "roll.field.electingUnit", form.get("electingUnit"), 300);
            if (blank(form.get("fullName")) && blank(form.get("memberId"))) {
                errors.reject("fullName", "roll.error.nameRequired");
            }
            errors.check();
            book.addDelegate(id, new NewDelegate(kind, memberId, fullName, unit));
            return null;
        });
    }

    @PostMapping("/congresses/{id}/roll/absences")
    String absent(
            @PathVariable long id,
            @RequestParam(required = false) Long entry,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "absent-form-" + entry, view(id, form), request, redirect, locale, "roll.done.absent", errors -> {
                    errors.place("roll.error.absenceRequired", "absence")
                            .place("roll.error.reasonRequired", "reason")
                            .place("roll.error.reasonTooLong", "reason");
                    Absence absence = errors.parse("absence", () -> absence(form.get("absence")));
                    String reason = errors.text("reason", "roll.field.reason", form.get("reason"), 500);
                    errors.check();
                    absences.markAbsent(id, entry, absence, reason);
                    return null;
                });
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
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "alternate-form-" + alternate,
                view(id, form),
                request,
                redirect,
                locale,
                "roll.done.alternate",
                errors -> {
                    errors.place("roll.error.calledReasonRequired", "reason")
                            .place("roll.error.reasonTooLong", "reason")
                            .place("roll.error.exOfficioNoAlternate", "delegate")
                            .place("roll.error.delegateNotAbsent", "delegate")
                            .place("roll.error.entryRequired", "delegate");
                    Long delegate = errors.parse("delegate", () -> entry(form.get("delegate")));
                    String reason = errors.required("reason", "roll.field.calledReason", form.get("reason"));
                    reason = reason == null ? null : errors.text("reason", "roll.field.calledReason", reason, 500);
                    errors.check();
                    absences.callUpAlternate(id, alternate, delegate, reason);
                    return null;
                });
    }

    @PostMapping("/congresses/{id}/roll/close")
    String close(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "roll.done.closed", () -> closing.close(id));
    }

    @PostMapping("/congresses/{id}/roll/reopen")
    String reopen(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit("reopen-form", page(id), request, redirect, locale, "roll.done.reopened", errors -> {
            errors.place("roll.error.reopenReason", "reason").place("roll.error.reasonTooLong", "reason");
            String reason = errors.required("reason", "roll.reopen.reason", form.get("reason"));
            reason = reason == null ? null : errors.text("reason", "roll.reopen.reason", reason, 500);
            errors.check();
            closing.reopen(id, reason);
            return null;
        });
    }

    /** Running the congress day is checked before a form is read: a refusal stays a 403. */
    private void requireRun(long id) {
        access.require(Permission.CONGRESS_DAY_RUN, book.congress(id).orgId());
    }

    private static String page(long id) {
        return "/congresses/" + id + "/roll";
    }

    /**
     * The roll as it was shown when a row's form was posted (its search, filter and page ride on the form's
     * action): the row, with its errors, is on the page the answer shows.
     */
    private static String view(long id, Map<String, String> form) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(page(id));
        if (!blank(form.get("q"))) {
            url.queryParam("q", form.get("q").strip());
        }
        if (!blank(form.get("filter")) && form.get("filter").matches("[A-Z_]{1,40}")) {
            url.queryParam("filter", form.get("filter"));
        }
        if (!blank(form.get("page")) && form.get("page").matches("\\d{1,6}")) {
            url.queryParam("page", form.get("page"));
        }
        return url.encode().build().toUriString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static RollKind kind(String value) {
        try {
            return RollKind.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("roll.error.kindRequired");
        }
    }

    private static Absence absence(String value) {
        try {
            return Absence.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("roll.error.absenceRequired");
        }
    }

    private static Long entry(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw new DomainException("roll.error.entryRequired");
        }
        return Long.parseLong(value.strip());
    }

    /** The member's number, optional; anything else than digits is refused beside the field. */
    private static Long memberId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new DomainException("roll.error.memberIdNumber", value.strip());
        }
        return Long.parseLong(value.strip());
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        return actions.run("/congresses/" + id + "/roll", redirect, locale, doneKey, step);
    }
}
