package vn.daihoi.org.tree;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.org.Decision;
import vn.daihoi.org.TreeMaintenance;

/**
 * Moves members to another node when the tree is restructured: {@code member.org_id} changes, the open
 * {@code member_assignment} is closed on the effective date and a new one opened with the reason and
 * the decision, and the counts follow.
 */
@Component
class MemberMoves {

    private final JdbcClient jdbc;
    private final TreeMaintenance maintenance;

    MemberMoves(JdbcClient jdbc, TreeMaintenance maintenance) {
        this.jdbc = jdbc;
        this.maintenance = maintenance;
    }

    /** A member of a node, with whether they count (not deceased or removed). */
    record Belonging(long memberId, long orgId, boolean counted) {}

    /** The members whose cell is one of {@code orgIds}, locked. */
    List<Belonging> membersOf(Collection<Long> orgIds) {
        return jdbc.sql("select id, org_id, situation not in ('DECEASED', 'REMOVED') counted from member"
                        + " where org_id = any(?) order by id for update")
                .param(orgIds.toArray(Long[]::new))
                .query((rs, n) -> new Belonging(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    /** A member offered in the split form. */
    record Pick(long id, String fullName, boolean counted) {}

    /** The first {@code limit} members of a node in ballot order, for choosing where each goes in a split. */
    List<Pick> picks(long orgId, int limit) {
        return jdbc.sql("select id, full_name, situation not in ('DECEASED', 'REMOVED') from member"
                        + " where org_id = ? order by sort_key, id limit ?")
                .params(orgId, limit)
                .query((rs, n) -> new Pick(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    int countedMembersOf(long orgId) {
        return jdbc.sql("select count(*) from member where org_id = ? and situation not in ('DECEASED', 'REMOVED')")
                .param(orgId)
                .query(Integer.class)
                .single();
    }

    /** Moves {@code members} (as read by {@link #membersOf}) to {@code toOrgId}. */
    void move(List<Belonging> members, long toOrgId, String reason, Decision decision) {
        if (members.isEmpty()) {
            return;
        }
        Long[] ids = members.stream().map(Belonging::memberId).toArray(Long[]::new);
        LocalDate from = decision.effectiveFrom();
        jdbc.sql("update member set org_id = ?, updated_at = now(), version = version + 1 where id = any(?)")
                .params(toOrgId, ids)
                .update();
        // An assignment that began before the effective date ends there; one that began on or after it
        // is simply redirected (a zero-length period would say nothing).
        jdbc.sql("""
            update member_assignment set valid_to = ?
            where member_id = any(?) and valid_to is null and valid_from < ?
            """).params(from, ids, from).update();
        jdbc.sql("""
            update member_assignment set org_id = ?, reason = ?, decision_no = ?, decision_date = ?
            where member_id = any(?) and valid_to is null
            """)
                .params(toOrgId, reason, decision.number(), decision.date(), ids)
                .update();
        jdbc.sql("""
            insert into member_assignment (member_id, org_id, valid_from, reason, decision_no, decision_date)
            select m, ?, ?, ?, ?, ? from unnest(?::bigint[]) m
            where not exists (select 1 from member_assignment a where a.member_id = m and a.valid_to is null)
            """)
                .params(toOrgId, from, reason, decision.number(), decision.date(), ids)
                .update();
        Map<Long, Integer> deltas = new HashMap<>();
        for (Belonging b : members) {
            if (b.counted() && b.orgId() != toOrgId) {
                deltas.merge(b.orgId(), -1, Integer::sum);
                deltas.merge(toOrgId, 1, Integer::sum);
            }
        }
        deltas.values().removeIf(v -> v == 0);
        maintenance.adjustMembers(deltas);
    }
}
