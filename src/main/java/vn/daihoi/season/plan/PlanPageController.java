package vn.daihoi.season.plan;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormErrors;
import vn.daihoi.platform.FormFeedback;
import vn.daihoi.season.PlanCascade.PlanDraft;
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
    private final FormActions actions;

    PlanPageController(
            PlanService plans,
            PlanStore store,
            PlanQueries queries,
            PlanRules rules,
            AccessControl access,
            MessageSource messages,
            Clock clock,
            FormActions actions) {
        this.actions = actions;
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
        return form(model, issuer, typedOr(model, PlanForm.blank(defaults)), null);
    }

    @PostMapping("/plans")
    String issue(
            @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request,
            Locale locale,
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
        live(orgId);
        long issuerId = orgId;
        return submit("/plans/new?orgId=" + issuerId, form, request, redirect, locale, errors -> {
            PlanDraft draft = draft(form, issuerId, errors);
            errors.check();
            return plans.issue(draft);
        });
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
        return form(model, live(detail.plan().issuerId()), typedOr(model, PlanForm.of(detail)), id);
    }

    @PostMapping("/plans/{id}/edit")
    String reissue(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        PlanDetail detail = detail(id, Permission.PLAN_ISSUE);
        long issuerId = detail.plan().issuerId();
        live(issuerId);
        PlanForm form = PlanForm.of(fields);
        return submit("/plans/" + id + "/edit", form, request, redirect, locale, errors -> {
            PlanDraft draft = draft(form, issuerId, errors);
            errors.check();
            return plans.reissue(id, draft);
        });
    }

    /**
     * The plan form's change (FormActions.submit): every field read at once, then the service; refused, the
     * form comes back to {@code formPage} with each error beside its field and what was typed.
     */
    private String submit(
            String formPage,
            PlanForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale,
            java.util.function.Function<FormErrors, PlanOutcome> change) {
        return actions.submit("plan-form", formPage, request, redirect, locale, "plan.saved", errors -> {
            errors.place("plan.error.term", "term")
                    .place("plan.error.tooLong", "symbol")
                    .place("plan.error.symbol", "symbol")
                    .place("plan.error.symbolType", "symbol")
                    .place("plan.error.symbolIssuer", "symbol")
                    .place("plan.error.issuedInFuture", "issuedOn")
                    .place("plan.error.totalMissing", "totalDelegates")
                    .place("plan.error.poolNegative", "totalDelegates");
            PlanOutcome outcome = change.apply(errors);
            redirect.addFlashAttribute(
                    "planNotice",
                    messages.getMessage(
                            "plan.issued",
                            new Object[] {
                                form.values().get("symbol"), outcome.created(), outcome.updated(), outcome.untouched()
                            },
                            locale));
            return "/plans/" + outcome.planId();
        });
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

    private PlanDraft draft(PlanForm form, long issuerId, FormErrors errors) {
        return form.draft(
                queries.levelsBelow(issuerId),
                queries.directSubordinates(issuerId).stream()
                        .map(Subordinate::id)
                        .toList(),
                errors);
    }

    /** The form as typed when it was just refused (flashed), else {@code shown}. */
    private static PlanForm typedOr(Model model, PlanForm shown) {
        if (model.getAttribute("formErrors") instanceof FormFeedback sent && sent.in("plan-form") != null) {
            return PlanForm.of(sent);
        }
        return shown;
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
