package vn.daihoi.season;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;
import vn.daihoi.org.OrgSql;

/** The log names a congress case by its unit and term and links it; a plan by its title. */
@Component
class SeasonAuditObjects implements AuditObjects {

    /** The congress of a case {@code c}, as the log names it: its unit and term. */
    private static final String UNIT = OrgSql.name("c.org_id") + " || ' (' || c.term || ')'";

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "congress_case",
                        "select " + UNIT
                                + " as name, c.id as ref, c.org_id from congress_case c where c.id = ?::bigint",
                        "/congresses/{ref}",
                        "CONGRESS_VIEW"),
                Rule.link(
                        "congress_plan",
                        "select p.title as name, p.id as ref, p.issuer_id as org_id from congress_plan p where p.id = ?::bigint",
                        "/plans/{ref}",
                        "CONGRESS_VIEW"));
    }
}
