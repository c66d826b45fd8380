package vn.daihoi.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.RuleParameters;

/** The rulebook as JSON: the parameters in force for a term (and level) on a date (default today). */
@RestController
class RulebookApiController {

    private final RuleParameters rules;
    private final AccessControl access;
    private final Clock clock;

    RulebookApiController(RuleParameters rules, AccessControl access, Clock clock) {
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    record Parameter(
            String term,
            OrgLevel level,
            RuleKey key,
            RuleKey.Unit unit,
            String value,
            String legalBasis,
            LocalDate validFrom,
            LocalDate validTo) {}

    @GetMapping("/api/rules")
    List<Parameter> list(
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String on) {
        access.requireSomewhere(Permission.RULEBOOK_VIEW);
        String t = RuleViews.term(term);
        OrgLevel l = RuleViews.level(level);
        LocalDate date = RuleViews.isoDate(on, LocalDate.now(clock));
        return rules.inForce(t, l, date).stream()
                .map(p -> new Parameter(
                        p.term(),
                        p.level(),
                        p.key(),
                        p.key().unit(),
                        p.value(),
                        p.legalBasis(),
                        p.validFrom(),
                        p.validTo()))
                .toList();
    }
}
