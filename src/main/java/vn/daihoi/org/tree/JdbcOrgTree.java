package vn.daihoi.org.tree;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.org.OrgCounts;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.OrgVersion;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.Like;

/**
 * The tree as of a date, read from {@code org_version} by index (node by id, children by parent);
 * counts come from {@code org_counts}, so no query here walks a subtree.
 */
@Service
@Transactional(readOnly = true)
class JdbcOrgTree implements OrgTree {

    private static final String FROM = " from org_version v join org_unit u on u.id = v.org_id ";
    private static final String VALID_ON = " v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?) ";

    private final JdbcClient jdbc;

    JdbcOrgTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrgNode> node(long id, LocalDate asOf) {
        return jdbc.sql("select " + VersionRows.COLUMNS + FROM + "where v.org_id = ? and" + VALID_ON)
                .params(id, asOf, asOf)
                .query(VersionRows.NODE)
                .optional();
    }

    @Override
    public Optional<OrgNode> lastKnown(long id, LocalDate asOf) {
        return jdbc.sql("select " + VersionRows.COLUMNS + FROM
                        + "where v.org_id = ? and v.valid_from <= ? order by v.valid_from desc limit 1")
                .params(id, asOf)
                .query(VersionRows.NODE)
                .optional();
    }

    @Override
    public List<OrgNode> children(long id, LocalDate asOf) {
        return jdbc.sql("select " + VersionRows.COLUMNS + FROM + "where v.parent_id = ? and" + VALID_ON
                        + "order by lower(immutable_unaccent(v.name)), v.org_id")
                .params(id, asOf, asOf)
                .query(VersionRows.NODE)
                .list();
    }

    @Override
    public Map<Long, Integer> childCounts(Collection<Long> ids, LocalDate asOf) {
        Map<Long, Integer> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("""
            select p, (select count(*) from org_version v where v.parent_id = p and %s)::int n
            from unnest(?::bigint[]) p
            """.formatted(VALID_ON))
                .params(asOf, asOf, ids.toArray(Long[]::new))
                .query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return result;
    }

    @Override
    public List<OrgNode> ancestors(long id, LocalDate asOf) {
        // Walks up the parents valid on the date: a handful of index look-ups (the tree is ~6 levels deep).
        return jdbc.sql("""
            with recursive up (org_id, depth) as (
              select v.parent_id, 1 from org_version v where v.org_id = :id and %1$s and v.parent_id is not null
              union all
              select v.parent_id, up.depth + 1 from up join org_version v on v.org_id = up.org_id and %1$s
              where v.parent_id is not null and up.depth < 50
            )
            select %2$s from up join org_version v on v.org_id = up.org_id and %1$s
            join org_unit u on u.id = v.org_id
            order by up.depth desc
            """.formatted(VALID_ON.replace("?", ":d"), VersionRows.COLUMNS))
                .param("id", id)
                .param("d", asOf)
                .query(VersionRows.NODE)
                .list();
    }

    @Override
    public OrgCounts counts(long id) {
        return counts(List.of(id)).getOrDefault(id, OrgCounts.ZERO);
    }

    @Override
    public Map<Long, OrgCounts> counts(Collection<Long> ids) {
        Map<Long, OrgCounts> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("""
            select org_id, direct_members, subtree_members, direct_children, subtree_units
            from org_counts where org_id = any(?)
            """)
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> result.put(
                        rs.getLong(1), new OrgCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))))
                .list();
        return result;
    }

    @Override
    public List<OrgVersion> history(long id) {
        return jdbc.sql("""
            select v.*, p.name parent_name
            from org_version v
            left join lateral (
              select pv.name from org_version pv
              where pv.org_id = v.parent_id and pv.valid_from <= v.valid_from
                and (pv.valid_to is null or pv.valid_to > v.valid_from)
              limit 1
            ) p on true
            where v.org_id = ? order by v.valid_from, v.id
            """)
                .param(id)
                .query((rs, n) -> {
                    String unitType = rs.getString("unit_type");
                    return new OrgVersion(
                            rs.getLong("id"),
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            rs.getString("name"),
                            OrgLevel.valueOf(rs.getString("level")),
                            unitType == null ? null : UnitType.valueOf(unitType),
                            rs.getString("issuer_symbol"),
                            (Long) rs.getObject("parent_id"),
                            rs.getString("parent_name"),
                            (Long) rs.getObject("superior_id"),
                            rs.getBoolean("pilot"),
                            rs.getString("pilot_basis"),
                            rs.getString("change_kind"),
                            rs.getString("decision_no"),
                            rs.getObject("decision_date", LocalDate.class),
                            rs.getString("note"),
                            rs.getString("end_kind"),
                            rs.getString("end_decision_no"),
                            rs.getObject("end_decision_date", LocalDate.class),
                            rs.getString("end_note"));
                })
                .list();
    }

    @Override
    public List<OrgNode> search(String text, Collection<Long> scopeRoots, LocalDate asOf, int limit) {
        if (text == null || text.isBlank() || scopeRoots.isEmpty()) {
            return List.of();
        }
        String pattern = Like.contains(text.strip());
        // The trigram index on lower(immutable_unaccent(name)) serves the LIKE; the scope is a semi-join
        // on the closure so that nothing outside the user's subtrees is returned.
        return jdbc.sql("select " + VersionRows.COLUMNS + FROM
                        + "where lower(immutable_unaccent(v.name)) like lower(immutable_unaccent(?)) and" + VALID_ON
                        + "and exists (select 1 from org_closure c where c.descendant_id = v.org_id"
                        + " and c.ancestor_id = any(?)) order by length(v.name), v.name limit ?")
                .params(pattern, asOf, asOf, scopeRoots.toArray(Long[]::new), limit)
                .query(VersionRows.NODE)
                .list();
    }

    @Override
    public Optional<Long> idOfCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from org_unit where code = ?")
                .param(code.strip())
                .query(Long.class)
                .optional();
    }

    @Override
    public List<Long> topmost(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        return jdbc.sql("""
            select r from unnest(?::bigint[]) r
            where not exists (
              select 1 from org_closure c where c.descendant_id = r and c.depth > 0 and c.ancestor_id = any(?))
            order by r
            """).params(array, array).query(Long.class).list();
    }

    @Override
    public Optional<String> nameOf(long id, LocalDate onDate) {
        return jdbc.sql("select " + OrgSql.nameOn("?", "?") + " as name")
                .params(id, onDate, id)
                .query(String.class)
                .optional()
                .filter(name -> name != null);
    }

    @Override
    public List<Long> liveBelow(long id, OrgLevel level) {
        return jdbc.sql("""
            select c.descendant_id from org_closure c
            join org_version v on v.org_id = c.descendant_id and v.valid_to is null
            where c.ancestor_id = ? and c.depth > 0 and v.level = ? order by c.descendant_id""").params(id, level.name()).query(Long.class).list();
    }

    @Override
    public Optional<Long> directSuperior(long id) {
        return jdbc.sql("select " + OrgSql.directSuperior("?"))
                .param(id)
                .query(Long.class)
                .optional()
                .filter(superior -> superior != null);
    }
}
