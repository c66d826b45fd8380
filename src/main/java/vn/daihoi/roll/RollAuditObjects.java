package vn.daihoi.roll;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names a roll entry by the delegate and congress, linked to the roll of that congress. */
@Component
class RollAuditObjects implements AuditObjects {

    /** The congress of a case {@code c}, as the log names it: its unit and term. */
    private static final String UNIT =
            "(select v.name from org_version v where v.org_id = c.org_id order by v.valid_to is null desc, v.valid_from desc limit 1) || ' (' || c.term || ')'";

    @Override
    public List<Rule> rules() {
        return List.of(Rule.link(
                "roll_entry",
                "select r.full_name || ' — ' || " + UNIT
                        + " as name, c.id as ref, c.org_id from roll_entry r join congress_case c on c.id = r.case_id where r.id = ?::bigint",
                "/congresses/{ref}/roll",
                "CONGRESS_VIEW"));
    }
}
