package vn.daihoi.elections.list;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.elections.internal.SamePeople;
import vn.daihoi.names.PersonName;
import vn.daihoi.roll.CandidateLists;

/**
 * The roll's question before it seats a counting committee: who among these people stands on a list of the
 * congress whose round is not released yet (by member record, or by name for a name typed without one).
 */
@Component
class ListsStillVotedOn implements CandidateLists {

    private final JdbcClient jdbc;

    ListsStillVotedOn(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> standing(long caseId, List<Person> people) {
        SamePeople listed = new SamePeople();
        jdbc.sql("""
                        select c.member_id, c.full_name from round_candidate c
                        join election_round r on r.id = c.round_id
                        join election e on e.id = r.election_id
                        where e.case_id = ? and e.meeting = 'CONGRESS' and r.state <> 'RELEASED'
                        """).param(caseId).query(rs -> {
            long memberId = rs.getLong(1);
            listed.add(rs.wasNull() ? null : memberId, rs.getString(2));
        });
        return people.stream()
                .filter(p -> listed.contains(p.memberId(), p.fullName()))
                .map(p -> PersonName.clean(p.fullName()))
                .toList();
    }
}
