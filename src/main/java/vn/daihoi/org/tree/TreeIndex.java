package vn.daihoi.org.tree;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incremental upkeep of {@code org_closure} and {@code org_counts} for one node at a time, so that a
 * tree operation touches only the rows of the node's ancestors and subtree (a full rebuild takes
 * seconds at national scale). The results equal those of {@code TreeMaintenance}'s rebuilds: a closed
 * node keeps its last place in the closure, counts are of open units and counted members.
 */
@Component
class TreeIndex {

    /** Serialises the shape-changing operations, so that two moves never interleave their closure updates. */
    private static final long TREE_LOCK = 0x4f52_4754_5245_45L; // "ORGTREE"

    private final JdbcClient jdbc;

    TreeIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockTree() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(TREE_LOCK).query().singleValue();
    }

    /** A new open leaf under {@code parentId}. */
    void attach(long id, long parentId) {
        jdbc.sql("""
            insert into org_closure (ancestor_id, descendant_id, depth)
            select ancestor_id, ?, depth + 1 from org_closure where descendant_id = ?
            union all select ?, ?, 0
            """).params(id, parentId, id, id).update();
        jdbc.sql("insert into org_counts (org_id) values (?)").param(id).update();
        shiftAncestors(id, parentId, 1, 0, 1);
    }

    /** Moves an open node and its whole subtree from {@code oldParentId} to {@code newParentId}. */
    void relocate(long id, long oldParentId, long newParentId) {
        int[] sizes = jdbc.sql("select subtree_members, subtree_units from org_counts where org_id = ?")
                .param(id)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .orElse(new int[] {0, 0});
        int members = sizes[0];
        int units = sizes[1] + 1;
        shiftAncestors(id, oldParentId, -1, -members, -units);
        jdbc.sql("""
            delete from org_closure
            where descendant_id in (select descendant_id from org_closure where ancestor_id = ?)
              and ancestor_id in (select ancestor_id from org_closure where descendant_id = ? and depth > 0)
            """).params(id, id).update();
        jdbc.sql("""
            insert into org_closure (ancestor_id, descendant_id, depth)
            select p.ancestor_id, s.descendant_id, p.depth + s.depth + 1
            from org_closure p cross join org_closure s
            where p.descendant_id = ? and s.ancestor_id = ?
            """).params(newParentId, id).update();
        shiftAncestors(id, newParentId, 1, members, units);
    }

    /**
     * A node closes in place: it stops counting as a unit and as a child. Its members and open children
     * must have moved away before (the operations check that).
     */
    void detach(long id, long parentId) {
        shiftAncestors(id, parentId, -1, 0, -1);
    }

    /** Adds to the counts of every proper ancestor of {@code id}; {@code parentId}'s children count changes too. */
    private void shiftAncestors(long id, long parentId, int children, int members, int units) {
        jdbc.sql("""
            update org_counts
            set direct_children = direct_children + case when org_id = ? then ? else 0 end,
                subtree_members = subtree_members + ?,
                subtree_units = subtree_units + ?
            where org_id in (select ancestor_id from org_closure where descendant_id = ? and depth > 0)
            """).params(parentId, children, members, units, id).update();
    }
}
