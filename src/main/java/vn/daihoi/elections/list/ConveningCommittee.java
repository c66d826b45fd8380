package vn.daihoi.elections.list;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.elections.internal.SamePeople;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.SafeNames;
import vn.daihoi.roll.Roll;
import vn.daihoi.season.CaseSql;

/**
 * Who sits on the convening committee (the outgoing executive committee that convenes the congress), for the
 * rule of elections.md §3: its members may not nominate outside its list nor accept a nomination from the floor.
 *
 * <p>How we know: at a delegate congress the outgoing committee's members are delegates ex officio, so every roll
 * entry of kind EX_OFFICIO is one; at a congress of all members the roll does not tell, so the presidium marks
 * them ({@link #mark}, table convening_member). Both sources count; a person is matched by
 * member record, else by the cleaned full name ({@link SamePeople}).
 */
@Component
public class ConveningCommittee {

    private final JdbcClient jdbc;
    private final Roll roll;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    ConveningCommittee(JdbcClient jdbc, Roll roll, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
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

    /** Marks someone as a member of the convening committee of an all-member congress; the mark's id. */
    @Transactional
    public long mark(long caseId, Long memberId, String fullName) {
        long orgId = jdbc.sql("select " + CaseSql.orgId("?"))
                .param(caseId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        String name = SafeNames.require(fullName, "name.field.convening");
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("elections.list.error.nomineeName");
        }
        long id = jdbc.sql("""
                        insert into convening_member (case_id, member_id, full_name, created_at, created_by)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        caseId,
                        memberId,
                        name,
                        Timestamp.from(clock.instant()),
                        access.requireUser().getUsername())
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                "CONVENING_MEMBER", "congress_case", caseId, orgId, "Thành viên Ban chấp hành triệu tập: " + name));
        return id;
    }
}
