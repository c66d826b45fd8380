package vn.daihoi.elections;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;
import vn.daihoi.season.CaseSql;

/** The log names elections, rounds and secretary introductions by their congress, linked to its elections page. */
@Component
class ElectionAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "election",
                        "select e.title || ' — ' || " + CaseSql.congressName("e.case_id")
                                + " as name, e.case_id as ref, " + CaseSql.orgId("e.case_id")
                                + " as org_id from election e where e.id = ?::bigint",
                        "/congresses/{ref}/elections",
                        "CONGRESS_VIEW"),
                Rule.link(
                        "election_round",
                        "select e.title || ', lần ' || r.round_no || ' — ' || " + CaseSql.congressName("e.case_id")
                                + " as name, e.case_id as ref, " + CaseSql.orgId("e.case_id")
                                + " as org_id from election_round r join election e on e.id = r.election_id where r.id = ?::bigint",
                        "/congresses/{ref}/elections",
                        "CONGRESS_VIEW"),
                Rule.link(
                        "secretary_introduction",
                        "select " + CaseSql.congressName("s.case_id") + " as name, s.case_id as ref, "
                                + CaseSql.orgId("s.case_id")
                                + " as org_id from secretary_introduction s where s.id = ?::bigint",
                        "/congresses/{ref}/elections",
                        "CONGRESS_VIEW"));
    }
}
