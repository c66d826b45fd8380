package vn.daihoi.elections;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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

    private record Listed(Long memberId, String fullName) {}

    @Override
    public List<String> standing(long caseId, List<Person> people) {
        List<Listed> listed = jdbc.sql("""
                        select c.member_id, c.full_name from round_candidate c
                        join election_round r on r.id = c.round_id
                        join election e on e.id = r.election_id
                        where e.case_id = ? and e.meeting = 'CONGRESS' and r.state <> 'RELEASED'
                        """).param(caseId).query(Listed.class).list();
        Set<Long> memberIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Listed l : listed) {
            if (l.memberId() != null) {
                memberIds.add(l.memberId());
            } else {
                names.add(key(l.fullName()));
            }
        }
        List<String> standing = new ArrayList<>();
        for (Person p : people) {
            boolean byRecord = p.memberId() != null && memberIds.contains(p.memberId());
            if (byRecord || names.contains(key(p.fullName()))) {
                standing.add(PersonName.clean(p.fullName()));
            }
        }
        return standing;
    }

    private static String key(String fullName) {
        return PersonName.clean(fullName).toLowerCase(Locale.ROOT);
    }
}
