package vn.daihoi.org;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the derived tables of the current tree in step: {@code org_closure} (every ancestor–descendant
 * pair) and {@code org_counts} (members and units per node). Tree operations and member changes call
 * these inside their own transaction, so derived data never disagrees with the rows it derives from.
 *
 * <p>The "current" tree is each node's open version; a closed (merged, dissolved) node keeps the place
 * of its last version, so that the users of its former superiors can still read its history.
 *
 * <p>Members counted are those whose situation is not {@code DECEASED} or {@code REMOVED}.
 */
@Component
public class TreeMaintenance {

    static final String COUNTED_MEMBER = "situation not in ('DECEASED', 'REMOVED')";

    private final JdbcClient jdbc;

    TreeMaintenance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds the closure of the whole tree from the versions (after a bulk load or a move). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuildClosure() {
        jdbc.sql("delete from org_closure").update();
        jdbc.sql("""
            insert into org_closure (ancestor_id, descendant_id, depth)
            with recursive cur as (
              select distinct on (org_id) org_id, parent_id
              from org_version
              order by org_id, (valid_to is null) desc, valid_to desc
            ), walk (ancestor_id, descendant_id, depth) as (
              select org_id, org_id, 0 from cur
              union all
              select c.parent_id, w.descendant_id, w.depth + 1
              from walk w join cur c on c.org_id = w.ancestor_id
              where c.parent_id is not null
            )
            select ancestor_id, descendant_id, depth from walk
            """).update();
    }

    /** Recomputes every node's counts from scratch (after a bulk load, a merge or a split). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recomputeCounts() {
        jdbc.sql("delete from org_counts").update();
        jdbc.sql("""
            insert into org_counts (org_id, direct_members, subtree_members, direct_children, subtree_units)
            with dm as (
              select org_id, count(*)::int n from member where %s group by org_id
            ), sm as (
              select cl.ancestor_id org_id, sum(dm.n)::int n
              from dm join org_closure cl on cl.descendant_id = dm.org_id group by cl.ancestor_id
            ), dc as (
              select parent_id org_id, count(*)::int n from org_version
              where valid_to is null and parent_id is not null group by parent_id
            ), su as (
              select cl.ancestor_id org_id, count(*)::int n
              from org_closure cl join org_version v on v.org_id = cl.descendant_id and v.valid_to is null
              where cl.depth > 0 group by cl.ancestor_id
            )
            select u.id, coalesce(dm.n, 0), coalesce(sm.n, 0), coalesce(dc.n, 0), coalesce(su.n, 0)
            from org_unit u
            left join dm on dm.org_id = u.id
            left join sm on sm.org_id = u.id
            left join dc on dc.org_id = u.id
            left join su on su.org_id = u.id
            """.formatted(COUNTED_MEMBER)).update();
    }

    /**
     * Adds counted members to nodes (negative to remove): each node's direct count and the subtree count
     * of the node and all its ancestors, in one statement. Keys are node ids, values the change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void adjustMembers(Map<Long, Integer> deltaByOrg) {
        if (deltaByOrg.isEmpty()) {
            return;
        }
        Long[] orgs = deltaByOrg.keySet().toArray(Long[]::new);
        Integer[] deltas = new Integer[orgs.length];
        for (int i = 0; i < orgs.length; i++) {
            deltas[i] = deltaByOrg.get(orgs[i]);
        }
        jdbc.sql("""
            update org_counts c
            set direct_members = c.direct_members + d.direct, subtree_members = c.subtree_members + d.subtree
            from (
              select cl.ancestor_id, sum(x.delta)::int subtree,
                     coalesce(sum(x.delta) filter (where cl.depth = 0), 0)::int direct
              from unnest(?::bigint[], ?::int[]) x (org_id, delta)
              join org_closure cl on cl.descendant_id = x.org_id
              group by cl.ancestor_id
            ) d
            where c.org_id = d.ancestor_id
            """).params(orgs, deltas).update();
    }
}
