package vn.daihoi.roll;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;
import vn.daihoi.season.CaseSql;

/** The log names a roll entry by the delegate and congress, linked to the roll of that congress. */
@Component
class RollAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(Rule.link(
                "roll_entry",
                "select r.full_name || ' — ' || " + CaseSql.congressName("r.case_id") + " as name, r.case_id as ref, "
                        + CaseSql.orgId("r.case_id") + " as org_id from roll_entry r where r.id = ?::bigint",
                "/congresses/{ref}/roll",
                "CONGRESS_VIEW"));
    }
}
