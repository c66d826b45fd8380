package vn.daihoi.elections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.roll.Roll;

/**
 * Who sits on the convening committee (the outgoing executive committee that convenes the congress), for the
 * rule of elections.md §3: its members may not nominate outside its list nor accept a nomination from the floor.
 *
 * <p>How we know: at a delegate congress the outgoing committee's members are delegates ex officio, so every roll
 * entry of kind EX_OFFICIO is one; at a congress of all members the roll does not tell, so the presidium marks
 * them ({@link ElectionLists#markConvening}, table convening_member). Both sources count; a person is matched by
 * member record, else by the cleaned full name ({@link SamePeople}).
 */
@Component
class ConveningCommittee {

    private final JdbcClient jdbc;
    private final Roll roll;

    ConveningCommittee(JdbcClient jdbc, Roll roll) {
        this.jdbc = jdbc;
        this.roll = roll;
    }

    SamePeople of(long caseId) {
        SamePeople people = new SamePeople();
        roll.exOfficio(caseId).forEach(p -> people.add(p.memberId(), p.fullName()));
        jdbc.sql("select member_id, full_name from convening_member where case_id = ?")
                .param(caseId)
                .query(rs -> {
                    long memberId = rs.getLong(1);
                    people.add(rs.wasNull() ? null : memberId, rs.getString(2));
                });
        return people;
    }
}
