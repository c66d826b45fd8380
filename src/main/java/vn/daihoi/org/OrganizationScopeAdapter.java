package vn.daihoi.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.access.UserDirectory;

/** Answers access's subtree questions from the closure table of the current tree. */
@Component
class OrganizationScopeAdapter implements OrganizationScope {

    private final JdbcClient jdbc;

    OrganizationScopeAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isWithinAny(long orgId, Collection<Long> ancestorIds) {
        if (ancestorIds.isEmpty()) {
            return false;
        }
        if (ancestorIds.contains(orgId)) {
            return true; // a node is within its own subtree
        }
        return jdbc.sql("select exists (select 1 from org_closure where descendant_id = ? and ancestor_id = any(?))")
                .params(orgId, ancestorIds.toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }

    @Override
    public long rootId() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    @Override
    public String withinAnyRootSql(String orgIdColumn) {
        return OrgSql.within(orgIdColumn, "= any(?)");
    }

    @Override
    public String atOrAboveSql(String orgIdColumn) {
        return OrgSql.above(orgIdColumn, "= ?");
    }

    @Override
    public List<UserDirectory.NodeChoice> nodeChoices(Collection<Long> scopeRoots) {
        return jdbc.sql("""
            select c.descendant_id id, v.name, min(c.depth) depth
            from org_closure c join org_version v on v.org_id = c.descendant_id and v.valid_to is null
            where c.ancestor_id = any(?) and c.depth <= 1
            group by c.descendant_id, v.name
            order by min(c.depth), v.name
            """)
                .param(scopeRoots.toArray(Long[]::new))
                .query((rs, i) ->
                        new UserDirectory.NodeChoice(rs.getLong("id"), rs.getString("name"), rs.getInt("depth")))
                .list();
    }

    @Override
    public List<UserDirectory.NodeHit> findNodes(Collection<Long> scopeRoots, String pattern, int limit) {
        return jdbc.sql("""
            select v.org_id id, u.code, v.name, pv.name parent_name, min(c.depth) depth
            from org_closure c
            join org_version v on v.org_id = c.descendant_id and v.valid_to is null
            join org_unit u on u.id = v.org_id
            left join org_version pv on pv.org_id = v.parent_id and pv.valid_to is null
            where c.ancestor_id = any(?)
              and (lower(immutable_unaccent(v.name)) like lower(immutable_unaccent(?)) or lower(u.code) like lower(?))
            group by v.org_id, u.code, v.name, pv.name
            order by min(c.depth), v.name
            limit ?
            """)
                .params(scopeRoots.toArray(Long[]::new), pattern, pattern, limit)
                .query((rs, i) -> new UserDirectory.NodeHit(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("parent_name"),
                        rs.getInt("depth")))
                .list();
    }

    @Override
    public Optional<String> nameOf(long orgId) {
        return jdbc.sql("select " + OrgSql.name("?"))
                .param(orgId)
                .query(String.class)
                .optional();
    }
}
