package vn.daihoi.org.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.platform.DomainException;

/**
 * Where a member may be placed: a known node that is still open (not merged or dissolved) and holds
 * members directly. Cells, subordinate cells and grassroots committees do; the central root does not.
 */
@Component
class Placement {

    /** Levels whose nodes never hold members directly. */
    static final Set<String> LEVELS_WITHOUT_MEMBERS = Set.of("CENTRAL");

    /** A node as found by its code: id, whether it is open today, whether it may hold members. */
    record Node(long id, String code, String name, boolean open, boolean holdsMembers) {
        boolean acceptsMembers() {
            return open && holdsMembers;
        }
    }

    private final JdbcClient jdbc;

    Placement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nodes with these codes (codes not found are absent from the map). */
    Map<String, Node> byCodes(Collection<String> codes) {
        Map<String, Node> nodes = new HashMap<>();
        find("u.code = any(?)", codes.toArray(String[]::new)).forEach(n -> nodes.put(n.code(), n));
        return nodes;
    }

    /** The nodes with these ids (ids not found are absent from the map). */
    Map<Long, Node> byIds(Collection<Long> ids) {
        Map<Long, Node> nodes = new HashMap<>();
        find("u.id = any(?)", ids.toArray(Long[]::new)).forEach(n -> nodes.put(n.id(), n));
        return nodes;
    }

    Node byId(long id) {
        Node n = byIds(List.of(id)).get(id);
        if (n == null) {
            throw DomainException.notFound("member.error.orgUnknown", id);
        }
        return n;
    }

    /** Each node's latest version: the open one, else the one that ended last. */
    private List<Node> find(String condition, Object[] values) {
        return jdbc.sql("""
            select distinct on (u.id) u.id, u.code, v.name, v.level, v.valid_to is null open
            from org_unit u join org_version v on v.org_id = u.id
            where %s
            order by u.id, (v.valid_to is null) desc, v.valid_to desc
            """.formatted(condition))
                .param(values)
                .query((rs, i) -> new Node(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBoolean("open"),
                        !LEVELS_WITHOUT_MEMBERS.contains(rs.getString("level"))))
                .list();
    }

    /** Refuses a node that cannot take members, with a message naming it. */
    Node requireAcceptsMembers(long id) {
        return requireAcceptsMembers(byId(id));
    }

    Node requireAcceptsMembers(Node n) {
        if (!n.open()) {
            throw new DomainException("member.error.orgClosed", n.name());
        }
        if (!n.holdsMembers()) {
            throw new DomainException("member.error.orgHoldsNoMembers", n.name());
        }
        return n;
    }

    /** Of {@code orgIds}, those inside the subtree of one of {@code roots}. */
    Set<Long> within(Collection<Long> orgIds, List<Long> roots) {
        if (orgIds.isEmpty() || roots.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
            select distinct descendant_id from org_closure where descendant_id = any(?) and ancestor_id = any(?)
            """)
                .params(orgIds.toArray(Long[]::new), roots.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }
}
