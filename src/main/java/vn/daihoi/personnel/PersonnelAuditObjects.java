package vn.daihoi.personnel;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names the bodies, candidates and candidacies of a personnel proposal by person and congress, linked to its proposal page. */
@Component
class PersonnelAuditObjects implements AuditObjects {

    /** The congress of a case {@code c}, as the log names it: its unit and term. */
    private static final String UNIT =
            "(select v.name from org_version v where v.org_id = c.org_id order by v.valid_to is null desc, v.valid_from desc limit 1) || ' (' || c.term || ')'";

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "personnel_body",
                        "select " + UNIT
                                + " as name, c.id as ref, c.org_id from personnel_body b join congress_case c on c.id = b.case_id where b.id = ?::bigint",
                        "/congresses/{ref}/personnel",
                        "PERSONNEL_VIEW"),
                Rule.link(
                        "personnel_candidate",
                        "select p.full_name || ' — ' || " + UNIT
                                + " as name, c.id as ref, c.org_id from personnel_candidate p join congress_case c on c.id = p.case_id where p.id = ?::bigint",
                        "/congresses/{ref}/personnel",
                        "PERSONNEL_VIEW"),
                Rule.link(
                        "personnel_candidacy",
                        "select p.full_name || ' — ' || " + UNIT
                                + " as name, c.id as ref, c.org_id from personnel_candidacy p join congress_case c on c.id = p.case_id where p.id = ?::bigint",
                        "/congresses/{ref}/personnel",
                        "PERSONNEL_VIEW"));
    }
}
