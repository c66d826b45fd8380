package vn.daihoi.roll;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CaseSql;

/** The roll of a congress case as the votes need it: the base D and who is present. */
@Service
public class Roll {

    private final JdbcClient jdbc;

    Roll(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The base of a congress vote now: everyone summoned (an alternate counts once called up), minus each
     * exclusion, and those checked in who count in D (someone excluded who comes anyway is not a voter). The kind follows the case (all-member or delegate congress).
     */
    @Transactional(readOnly = true)
    public VotingBase base(long caseId) {
        String kind = jdbc.sql("select " + CaseSql.kind("?"))
                .param(caseId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
        BaseKind baseKind = baseKind(kind);
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        int[] summoned = {0};
        int[] present = {0};
        // one pass over the case's roll: summoned by exclusion, and those present among the ones counted in D
        jdbc.sql("""
                        select e.exclusion, count(*) as n, count(c.roll_entry_id) as present
                        from roll_entry e left join roll_checkin c on c.roll_entry_id = e.id
                        where e.case_id = ? and e.summoned group by e.exclusion
                        """).param(caseId).query(rs -> {
            int n = rs.getInt("n");
            summoned[0] += n;
            String exclusion = rs.getString("exclusion");
            if (exclusion != null) {
                excluded.put(Exclusion.valueOf(exclusion), n);
            } else {
                present[0] = rs.getInt("present");
            }
        });
        return new VotingBase(baseKind, summoned[0], excluded, present[0]);
    }

    /**
     * The delegates ex officio of a delegate congress: the outgoing committee that convenes it (an all-member
     * congress has none on its roll).
     */
    @Transactional(readOnly = true)
    public List<CandidateLists.Person> exOfficio(long caseId) {
        return jdbc.sql("select member_id, full_name from roll_entry where case_id = ? and kind = 'EX_OFFICIO'")
                .param(caseId)
                .query(CandidateLists.Person.class)
                .list();
    }

    /**
     * The counting committee the congress elected by show of hands (more than half agreed), head first, each
     * with the member record when there is one; empty until it is elected.
     */
    @Transactional(readOnly = true)
    public List<CandidateLists.Person> countingCommittee(long caseId) {
        return jdbc.sql("""
                        select e.member_id, e.full_name from hands_body b
                        join hands_body_member m on m.body_id = b.id
                        join roll_entry e on e.id = m.roll_entry_id
                        where b.case_id = ? and b.body = 'COUNTING_COMMITTEE' and 2 * b.agree > b.total
                        order by m.position""").param(caseId).query(CandidateLists.Person.class).list();
    }

    /** The full names of the counting committee, head first. */
    @Transactional(readOnly = true)
    public List<String> countingCommitteeNames(long caseId) {
        return countingCommittee(caseId).stream()
                .map(CandidateLists.Person::fullName)
                .toList();
    }

    /** The base kind of a case's kind of congress (congress_case.kind). */
    public static BaseKind baseKind(String caseKind) {
        return "DELEGATE".equals(caseKind) ? BaseKind.DELEGATE_CONGRESS : BaseKind.MEMBER_CONGRESS;
    }
}
