package vn.daihoi.season.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.PlanCascade.PlanOutcome;
import vn.daihoi.season.plan.PlanQueries.Node;
import vn.daihoi.season.plan.PlanQueries.Subordinate;
import vn.daihoi.season.plan.PlanStore.PlanDetail;

/**
 * The plan pages: the list, the form (new and edit, the same template) and the plan itself. A refused form
 * is shown again with the message and what was typed; nothing is written.
 */
@Controller
class PlanPageController {

    private final PlanService plans;
    private final PlanStore store;
    private final PlanQueries queries;
    private final PlanRules rules;
    private final AccessControl access;
    private final MessageSource messages;
    private final Clock clock;

    PlanPageController(
            PlanService plans,
            PlanStore store,
            PlanQueries queries,
            PlanRules rules,
            AccessControl access,
            MessageSource messages,
            Clock clock) {
        this.plans = plans;
        this.store = store;
        this.queries = queries;
        this.rules = rules;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Model model) {
        access.requireSomewhere(Permission.CONGRESS_VIEW);
        model.addAttribute("plans", store.inScope(access.scopeRoots(Permission.CONGRESS_VIEW)));
        model.addAttribute(
                "issuers",
                access.scopeRoots(Permission.PLAN_ISSUE).stream()
                        .map(queries::node)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        return "plan/list";
    }

    @GetMapping("/plans/new")
    String newPlan(@RequestParam long orgId, Model model) {
        access.require(Permission.PLAN_ISSUE, orgId);
        Node issuer = live(orgId);
        LocalDate today = LocalDate.now(clock);
        String term = cycleOf(today.getYear());
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("orgId", Long.toString(orgId));
        defaults.put("term", term);
        defaults.put("issuedOn", Dates.format(today));
        List<OrgLevel> levels = queries.levelsBelow(orgId);
        for (OrgLevel l : levels) {
            rules.windowFrom(term, l, today).ifPresent(d -> defaults.put("from_" + l, Dates.format(d)));
            rules.windowTo(term, l, today).ifPresent(d -> defaults.put("to_" + l, Dates.format(d)));
            rules.maxDays(term, l, today).ifPresent(d -> defaults.put("days_" + l, d.toPlainString()));
        }
        rules.dossierLeadDays(term, levels, today).ifPresent(d -> defaults.put("dossierLeadDays", d.toString()));
        return form(model, issuer, PlanForm.blank(defaults), null);
    }

    @PostMapping("/plans")
    String issue(
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanForm form = PlanForm.of(fields);
        Long orgId;
        try {
            orgId = form.orgId();
        } catch (DomainException e) {
            orgId = null;
        }
        if (orgId == null) {
            access.requireSomewhere(Permission.PLAN_ISSUE);
            throw new DomainException("plan.error.required", PlanChecks.label("plan.field.issuer"));
        }
        access.require(Permission.PLAN_ISSUE, orgId);
        Node issuer = live(orgId);
        try {
            PlanOutcome outcome = plans.issue(draft(form, orgId));
            return done(outcome, form, redirect, locale);
        } catch (DomainException e) {
            return refused(e, model, issuer, form, null, locale, response);
        }
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        PlanDetail detail = detail(id, Permission.CONGRESS_VIEW);
        var p = detail.plan();
        model.addAttribute("detail", detail);
        model.addAttribute("table", AllocationTable.of(detail));
        model.addAttribute(
                "noThreshold",
                labels(rules.withoutThreshold(
                        p.term(),
                        detail.windows().stream()
                                .map(PlanStore.WindowRow::level)
                                .toList(),
                        p.issuedOn())));
        model.addAttribute("canIssue", access.can(Permission.PLAN_ISSUE, p.issuerId()));
        model.addAttribute("issuedAt", Dates.format(Dates.vnDate(p.issuedAt())));
        return "plan/detail";
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PlanDetail detail = detail(id, Permission.PLAN_ISSUE);
        return form(model, live(detail.plan().issuerId()), PlanForm.of(detail), id);
    }

    @PostMapping("/plans/{id}/edit")
    String reissue(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanDetail detail = detail(id, Permission.PLAN_ISSUE);
        long issuerId = detail.plan().issuerId();
        Node issuer = live(issuerId);
        PlanForm form = PlanForm.of(fields);
        try {
            PlanOutcome outcome = plans.reissue(id, draft(form, issuerId));
            return done(outcome, form, redirect, locale);
        } catch (DomainException e) {
            return refused(e, model, issuer, form, id, locale, response);
        }
    }

    private PlanDetail detail(long id, Permission permission) {
        PlanDetail detail = store.detail(id).orElseThrow(() -> DomainException.notFound("plan.error.notFound"));
        access.require(permission, detail.plan().issuerId());
        return detail;
    }

    private Node live(long orgId) {
        return queries.node(orgId)
                .orElseThrow(() -> DomainException.notFound("plan.error.issuerGone", Long.toString(orgId)));
    }

    private vn.daihoi.season.PlanCascade.PlanDraft draft(PlanForm form, long issuerId) {
        return form.draft(
                queries.levelsBelow(issuerId),
                queries.directSubordinates(issuerId).stream()
                        .map(Subordinate::id)
                        .toList());
    }

    private String done(PlanOutcome outcome, PlanForm form, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(
                        "plan.issued",
                        new Object[] {
                            form.values().get("symbol"), outcome.created(), outcome.updated(), outcome.untouched()
                        },
                        locale));
        return "redirect:/plans/" + outcome.planId();
    }

    private String refused(
            DomainException e,
            Model model,
            Node issuer,
            PlanForm form,
            Long planId,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("error", messages.getMessage(e, locale));
        return form(model, issuer, form, planId);
    }

    private String form(Model model, Node issuer, PlanForm form, Long planId) {
        List<OrgLevel> levels = queries.levelsBelow(issuer.id());
        String term = form.values().getOrDefault("term", "");
        model.addAttribute("issuer", issuer);
        model.addAttribute("levels", levels);
        model.addAttribute("subordinates", queries.directSubordinates(issuer.id()));
        model.addAttribute("followers", queries.followerCandidates(issuer.id()));
        model.addAttribute("values", form.values());
        model.addAttribute("pilots", form.pilots());
        model.addAttribute("planId", planId);
        model.addAttribute(
                "noThreshold",
                labels(
                        term.matches("\\d{4}-\\d{4}")
                                ? rules.withoutThreshold(term, levels, LocalDate.now(clock))
                                : levels));
        return "plan/form";
    }

    private List<String> labels(List<OrgLevel> levels) {
        Locale locale = LocaleContextHolder.getLocale();
        return levels.stream()
                .map(l -> messages.getMessage(l.labelKey(), null, l.name(), locale))
                .toList();
    }

    /** The five-year cycle whose congresses are held in its first year (2020, 2025, 2030, …). */
    static String cycleOf(int year) {
        int start = year - Math.floorMod(year - 2020, 5);
        return start + "-" + (start + 5);
    }
}
