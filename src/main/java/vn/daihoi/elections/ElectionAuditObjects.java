package vn.daihoi.elections;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names elections, rounds and secretary introductions by their congress, linked to its elections page. */
@Component
class ElectionAuditObjects implements AuditObjects {

    /** The congress of a case {@code c}, as the log names it: its unit and term. */
    private static final String UNIT =
            "(select v.name from org_version v where v.org_id = c.org_id order by v.valid_to is null desc, v.valid_from desc limit 1) || ' (' || c.term || ')'";

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "election",
                        "select e.title || ' — ' || " + UNIT
                                + " as name, c.id as ref, c.org_id from election e join congress_case c on c.id = e.case_id where e.id = ?::bigint",
                        "/congresses/{ref}/elections",
                        "CONGRESS_VIEW"),
                Rule.link(
                        "election_round",
                        "select e.title || ', lần ' || r.round_no || ' — ' || " + UNIT
                                + " as name, c.id as ref, c.org_id from election_round r join election e on e.id = r.election_id join congress_case c on c.id = e.case_id where r.id = ?::bigint",
                        "/congresses/{ref}/elections",
                        "CONGRESS_VIEW"),
                Rule.link(
                        "secretary_introduction",
                        "select " + UNIT
                                + " as name, c.id as ref, c.org_id from secretary_introduction s join congress_case c on c.id = s.case_id where s.id = ?::bigint",
                        "/congresses/{ref}/elections",
                        "CONGRESS_VIEW"));
    }
}
