package vn.daihoi.budget;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names a budget line by its congress, linked to that congress's estimate. */
@Component
class BudgetAuditObjects implements AuditObjects {

    /** The congress of a case {@code c}, as the log names it: its unit and term. */
    private static final String UNIT =
            "(select v.name from org_version v where v.org_id = c.org_id order by v.valid_to is null desc, v.valid_from desc limit 1) || ' (' || c.term || ')'";

    @Override
    public List<Rule> rules() {
        return List.of(Rule.link(
                "budget_item",
                "select " + UNIT
                        + " as name, c.id as ref, c.org_id from budget_item b join congress_case c on c.id = b.case_id where b.id = ?::bigint",
                "/congresses/{ref}/budget",
                "CONGRESS_VIEW"));
    }
}
