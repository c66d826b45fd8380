package vn.daihoi.rules.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;
import vn.daihoi.rules.RuleChange;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.RuleParameter;
import vn.daihoi.rules.RuleParameters;
import vn.daihoi.rules.RuleValues;

/** The rulebook page: parameters by term and level with their basis and history, and the change form. */
@Controller
class RulebookPageController {

    private final RuleParameters rules;
    private final AccessControl access;
    private final MessageSource messages;
    private final Clock clock;
    private final FormActions actions;

    RulebookPageController(
            RuleParameters rules, AccessControl access, MessageSource messages, Clock clock, FormActions actions) {
        this.actions = actions;
        this.rules = rules;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The change form as typed. */
    record ChangeForm(String term, String level, String key, String value, String legalBasis, String validFrom) {}

    @GetMapping("/rules")
    String page(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String done,
            Model model) {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        String t = RuleViews.term(term);
        OrgLevel l = RuleViews.level(level);
        LocalDate date = RuleViews.isoDate(on, LocalDate.now(clock));
        RuleKey k = RuleViews.key(key);
        String value = "";
        if (k != null && l != null) {
            value = rules.value(t, l, k, date)
                    .map(v -> RuleValues.display(k, v))
                    .orElse("");
        }
        ChangeForm form = new ChangeForm(t, l == null ? "" : l.name(), k == null ? "" : k.name(), value, "", "");
        model.addAttribute("done", "changed".equals(done));
        return render(t, l, date, form, null, model);
    }

    @PostMapping("/rules/change")
    String change(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        String shownTerm = form.get("term") != null && RuleValues.TERMS.contains(form.get("term"))
                ? form.get("term")
                : RuleViews.DEFAULT_TERM;
        OrgLevel shownLevel = levelOrNull(form.get("level"));
        String page = UriComponentsBuilder.fromPath("/rules")
                .queryParam("term", shownTerm)
                .queryParamIfPresent(
                        "level", java.util.Optional.ofNullable(shownLevel).map(OrgLevel::name))
                .build()
                .toUriString();
        return actions.submit("rule-change", page, request, redirect, locale, "rules.changed", errors -> {
            errors.place("rule.error.term", "term")
                    .place("rule.error.value", "value")
                    .place("rule.error.basisRequired", "legalBasis")
                    .place("rule.error.validFromRequired", "validFrom")
                    .place("rule.error.validFrom", "validFrom");
            String term = errors.parse("term", () -> RuleViews.term(form.get("term")));
            String levelText = errors.required("level", "rules.level", form.get("level"));
            OrgLevel level = levelText == null ? null : errors.parse("level", () -> RuleViews.level(levelText));
            String keyText = errors.required("key", "rules.key", form.get("key"));
            RuleKey key = keyText == null ? null : errors.parse("key", () -> RuleViews.key(keyText));
            String value = errors.required("value", "rules.value", form.get("value"));
            LocalDate validFrom = errors.date("validFrom", "rules.validFrom", form.get("validFrom"), true);
            String basis = errors.required("legalBasis", "rules.basis", form.get("legalBasis"));
            errors.check();
            rules.change(new RuleChange(term, level, key, value, basis, validFrom));
            return UriComponentsBuilder.fromPath("/rules")
                    .queryParam("term", term)
                    .queryParam("level", level.name())
                    .queryParam("done", "changed")
                    .build()
                    .toUriString();
        });
    }

    private String render(String term, OrgLevel level, LocalDate on, ChangeForm form, String error, Model model) {
        List<RuleParameter> inForce = rules.inForce(term, level, on);
        model.addAttribute("groups", RuleViews.byLevel(inForce, rules.history(term, level)));
        model.addAttribute("terms", RuleValues.TERMS);
        model.addAttribute("levels", OrgLevel.values());
        model.addAttribute("keys", RuleKey.values());
        model.addAttribute("term", term);
        model.addAttribute("level", level);
        model.addAttribute("onText", Dates.format(on));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute(
                "mayEdit", !access.scopeRoots(Permission.RULEBOOK_EDIT).isEmpty());
        return "rules/rulebook";
    }

    private static OrgLevel levelOrNull(String text) {
        try {
            return RuleViews.level(text);
        } catch (DomainException e) {
            return null;
        }
    }
}
