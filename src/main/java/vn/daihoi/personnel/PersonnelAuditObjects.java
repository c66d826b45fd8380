package vn.daihoi.personnel;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;
import vn.daihoi.season.CaseSql;

/** The log names the bodies, candidates and candidacies of a personnel proposal by person and congress, linked to its proposal page. */
@Component
class PersonnelAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "personnel_body",
                        "select " + CaseSql.congressName("b.case_id") + " as name, b.case_id as ref, "
                                + CaseSql.orgId("b.case_id")
                                + " as org_id from personnel_body b where b.id = ?::bigint",
                        "/congresses/{ref}/personnel",
                        "PERSONNEL_VIEW"),
                Rule.link(
                        "personnel_candidate",
                        "select p.full_name || ' — ' || " + CaseSql.congressName("p.case_id")
                                + " as name, p.case_id as ref, " + CaseSql.orgId("p.case_id")
                                + " as org_id from personnel_candidate p where p.id = ?::bigint",
                        "/congresses/{ref}/personnel",
                        "PERSONNEL_VIEW"),
                Rule.link(
                        "personnel_candidacy",
                        "select p.full_name || ' — ' || " + CaseSql.congressName("p.case_id")
                                + " as name, p.case_id as ref, " + CaseSql.orgId("p.case_id")
                                + " as org_id from personnel_candidacy p where p.id = ?::bigint",
                        "/congresses/{ref}/personnel",
                        "PERSONNEL_VIEW"));
    }
}
