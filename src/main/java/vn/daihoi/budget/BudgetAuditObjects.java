package vn.daihoi.budget;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;
import vn.daihoi.season.CaseSql;

/** The log names a budget line by its congress, linked to that congress's estimate. */
@Component
class BudgetAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(Rule.link(
                "budget_item",
                "select " + CaseSql.congressName("b.case_id") + " as name, b.case_id as ref, "
                        + CaseSql.orgId("b.case_id") + " as org_id from budget_item b where b.id = ?::bigint",
                "/congresses/{ref}/budget",
                "CONGRESS_VIEW"));
    }
}
